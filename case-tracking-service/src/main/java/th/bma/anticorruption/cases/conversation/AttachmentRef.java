package th.bma.anticorruption.cases.conversation;

/** An attachment as a message refers to it: its id (for officers only), what it is and its size in bytes. */
public record AttachmentRef(String id, AttachmentKind kind, long size) {
}
