// An API answer that is not a success, as an officer should read it: the RFC 9457 problem's title and detail, and each
// field the request broke with the rule's message, in place of a bare status code.

/** Raised for any answer that is not 2xx; `problem` is what the page shows. */
export class ApiProblem extends Error {
  constructor(problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.problem = problem;
  }
}

const STATUS_TEXT = {
  th: {
    400: 'คำขอไม่ถูกต้อง', 401: 'ต้องเข้าสู่ระบบใหม่', 403: 'ไม่มีสิทธิ์ทำรายการนี้', 404: 'ไม่พบข้อมูล (หรืออยู่นอกความรับผิดชอบของท่าน)',
    409: 'สถานะของเรื่องไม่อนุญาตให้ทำรายการนี้', 429: 'ทำรายการเกินจำนวนที่อนุญาต', 500: 'ระบบขัดข้อง', 503: 'บริการไม่พร้อมใช้งานชั่วคราว',
  },
  en: {
    400: 'The request is not valid', 401: 'Please sign in again', 403: 'You may not do this', 404: 'Not found (or outside your scope)',
    409: 'The case is not in a state that allows this', 429: 'Too many requests', 500: 'The platform failed', 503: 'Temporarily unavailable',
  },
};

/**
 * The problem to show for an answer: `status` and the parsed body (a problem+json object, or null). The heading is in
 * the page's language; the platform's own detail and field messages follow as it wrote them.
 */
export function describeProblem(status, body, lang) {
  const texts = STATUS_TEXT[lang] ?? STATUS_TEXT.en;
  const family = status >= 500 ? 500 : status;
  const heading = texts[status] ?? texts[family] ?? `${status}`;
  const problem = body && typeof body === 'object' ? body : {};
  const fields = Array.isArray(problem.violations)
    ? problem.violations.map((v) => ({ field: String(v.field ?? ''), rule: String(v.rule ?? ''), message: String(v.message ?? '') }))
    : [];
  const detail = [problem.title && problem.title !== heading ? problem.title : null, problem.detail]
    .filter(Boolean).join(' — ');
  return { status, title: heading, detail, fields };
}
