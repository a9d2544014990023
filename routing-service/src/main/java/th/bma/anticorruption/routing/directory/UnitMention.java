package th.bma.anticorruption.routing.directory;

/**
 * A body named in a free text: where (offsets in the text as {@link Directory#normalise} leaves it), what it resolves
 * to, and whether it names an office ({@code สำนักงานเขตสาทร}, {@code ฝ่ายทะเบียน}, {@code สำนักการโยธา}) rather than only
 * a place ({@code เขตสาทร}).
 */
public record UnitMention(int start, int end, UnitMatch match, boolean namesAnOffice, String text) {
}
