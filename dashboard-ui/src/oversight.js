// The two oversight boards as rows: units that have not reported by the 20th, and the director's follow-up list.

/**
 * The units with a report missing or filed without progress, most missing first (then most without progress, then
 * by code): each {code, name, missing, withoutProgress} with the case ids.
 */
export function unitsNotReported(progress, lang) {
  return (progress ?? [])
    .map((u) => ({ code: u.code, name: (lang === 'th' ? u.nameTh : u.nameEn) || u.nameTh || u.code,
      held: u.held ?? 0, missing: u.missing ?? [], withoutProgress: u.withoutProgress ?? [] }))
    .filter((u) => u.missing.length > 0 || u.withoutProgress.length > 0)
    .sort((a, b) => b.missing.length - a.missing.length || b.withoutProgress.length - a.withoutProgress.length
      || a.code.localeCompare(b.code));
}

/** The follow-up list's cases as {caseId, since, reasons, holder}, in the order the API gives (longest listed first). */
export function followUpRows(page, lang) {
  return (page?.items ?? []).filter((c) => c.followUp).map((c) => ({
    caseId: c.caseId,
    since: c.followUp.since,
    reasons: c.followUp.reasons ?? [],
    holder: (lang === 'th' ? c.destination?.nameTh : c.destination?.nameEn) ?? c.destination?.code ?? '',
  }));
}
