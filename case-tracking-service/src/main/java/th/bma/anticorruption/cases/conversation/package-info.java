/**
 * The conversation between the officers who hold a case and its complainant, who answers by tracking code without
 * signing in: texts masked (originals sealed), attachments checked by their content and stored sealed, unread replies
 * listed for the holders, conversations of closed cases purged after their retention.
 */
package th.bma.anticorruption.cases.conversation;
