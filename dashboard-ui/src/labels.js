// Thai first, English second: every user-facing word of the dashboard, and the names of the contract's codes.

export const CHANNELS = ['TRAFFY_FONDUE', 'HOTLINE_1555', 'EXECUTIVE_REFERRAL', 'LETTER', 'WEBSITE', 'WALK_IN'];
export const LINES_OF_WORK = ['PUBLIC_WORKS', 'CITY_LAW_ENFORCEMENT', 'REVENUE', 'ENVIRONMENT', 'OTHER'];
export const DISPOSITIONS = ['COMPLETED', 'FORWARDED_TO_UNIT', 'FORWARDED_TO_WORKING_GROUP', 'REFERRED_TO_NACC',
  'REFERRED_TO_PACC', 'UNDER_VERIFICATION'];

const NAMES = {
  th: {
    TRAFFY_FONDUE: 'Traffy Fondue', HOTLINE_1555: 'สายด่วนกทม. 1555', EXECUTIVE_REFERRAL: 'ผู้บริหารกทม.',
    LETTER: 'หนังสือร้องเรียน', WEBSITE: 'เว็บไซต์กทม.', WALK_IN: 'ร้องเรียนด้วยตนเอง',
    PUBLIC_WORKS: 'โยธา', CITY_LAW_ENFORCEMENT: 'เทศกิจ', REVENUE: 'รายได้', ENVIRONMENT: 'สิ่งแวดล้อม', OTHER: 'อื่นๆ',
    COMPLETED: 'ดำเนินการเสร็จสิ้น', FORWARDED_TO_UNIT: 'ส่งต่อหน่วยงาน', FORWARDED_TO_WORKING_GROUP: 'ส่งต่อคณะทำงาน',
    REFERRED_TO_NACC: 'ส่ง ป.ป.ช.', REFERRED_TO_PACC: 'ส่ง ป.ป.ท.', UNDER_VERIFICATION: 'อยู่ระหว่างตรวจสอบ',
    DEADLINE_BREACHED: 'เกินกำหนดแต่งตั้งคณะกรรมการ 30 วัน', STALE: 'ไม่มีความเคลื่อนไหว',
    NO_PROGRESS: 'รายงานแต่ไม่มีความคืบหน้า', INTERIM_MEASURE_REVIEW_OVERDUE: 'เลยกำหนดทบทวนมาตรการชั่วคราว',
  },
  en: {
    TRAFFY_FONDUE: 'Traffy Fondue', HOTLINE_1555: 'Hotline 1555', EXECUTIVE_REFERRAL: 'BMA executives',
    LETTER: 'Letters', WEBSITE: 'BMA website', WALK_IN: 'In person',
    PUBLIC_WORKS: 'Public works', CITY_LAW_ENFORCEMENT: 'City law enforcement', REVENUE: 'Revenue',
    ENVIRONMENT: 'Environment', OTHER: 'Other',
    COMPLETED: 'Completed', FORWARDED_TO_UNIT: 'Forwarded to units', FORWARDED_TO_WORKING_GROUP: 'Forwarded to working groups',
    REFERRED_TO_NACC: 'Sent to the NACC', REFERRED_TO_PACC: 'Sent to the PACC', UNDER_VERIFICATION: 'Under verification',
    DEADLINE_BREACHED: '30-day subcommittee deadline breached', STALE: 'No activity',
    NO_PROGRESS: 'Reported without progress', INTERIM_MEASURE_REVIEW_OVERDUE: 'Interim measure review overdue',
  },
};

const TEXT = {
  th: {
    title: 'ศูนย์ปฏิบัติการติดตามการต่อต้านการทุจริตของกรุงเทพมหานคร (ศตท.กทม.)',
    subtitle: 'สถิติการรับเรื่องร้องเรียน',
    month: 'เดือน', currentMonth: 'เดือนปัจจุบัน', signOut: 'ออกจากระบบ', signIn: 'เข้าสู่ระบบ',
    signingIn: 'กำลังเข้าสู่ระบบ…', signInFailed: 'เข้าสู่ระบบไม่สำเร็จ',
    monthToDate: 'ตั้งแต่ต้นเดือนถึงปัจจุบัน',
    received: 'รับเรื่องร้องเรียน', screenedOut: 'คัดกรองแล้วไม่เกี่ยวกับการทุจริต', unit: 'เรื่อง',
    byChannel: 'แยกตามช่องทาง', byLineOfWork: 'แยกตามสายงาน', byDisposition: 'ผลการดำเนินการ',
    trend: 'แนวโน้ม 12 เดือน', deadlines: 'กำหนดเวลา (แต่งตั้งคณะกรรมการภายใน 30 วัน)',
    open: 'ยังไม่ครบกำหนด', dueWithin7Days: 'ครบกำหนดภายใน 7 วัน', breached: 'เกินกำหนด', metOnTime: 'ทันกำหนด',
    board: 'กระดานติดตามกำหนดเวลา', dueSoon: 'ใกล้ครบกำหนด (7 วัน)', overdue: 'เกินกำหนด',
    stale: 'หน่วยงานยังไม่รายงานความคืบหน้า', noCases: 'ไม่มีเรื่อง', casesUnavailable: 'ไม่สามารถอ่านรายการเรื่องได้',
    report: 'รายงานประจำเดือน', asOf: 'ข้อมูล ณ', live: 'อัปเดตสด', polling: 'อัปเดตทุก 5 วินาที',
    connecting: 'กำลังเชื่อมต่อ…', loadFailed: 'โหลดข้อมูลไม่สำเร็จ', dueAt: 'ครบกำหนด', district: 'เขต',
    language: 'English',
    unitsNotReported: 'หน่วยงานที่ยังไม่รายงานความคืบหน้าภายในวันที่ 20', unitName: 'หน่วยงาน/คณะทำงาน',
    held: 'เรื่องที่ต้องรายงาน', missing: 'ยังไม่รายงาน', withoutProgress: 'รายงานแต่ไม่มีความคืบหน้า',
    allUnitsReported: 'ทุกหน่วยงานรายงานแล้ว', followUp: 'เรื่องที่ผู้อำนวยการต้องติดตาม', caseId: 'เลขที่เรื่อง',
    reasons: 'เหตุที่ต้องติดตาม', since: 'ติดตามตั้งแต่', holder: 'หน่วยงานที่รับผิดชอบ',
    noFollowUp: 'ไม่มีเรื่องที่ต้องติดตาม', notPermitted: 'บัญชีที่เข้าสู่ระบบไม่มีสิทธิ์ดูข้อมูลนี้',
    shownOf: 'แสดง {shown} จาก {total} เรื่อง',
  },
  en: {
    title: 'BMA Anti-Corruption Monitoring Centre (ศตท.กทม.)',
    subtitle: 'Complaints received',
    month: 'Month', currentMonth: 'This month', signOut: 'Sign out', signIn: 'Sign in',
    signingIn: 'Signing in…', signInFailed: 'Sign-in failed',
    monthToDate: 'month to date',
    received: 'Complaints received', screenedOut: 'Screened out (not about corruption)', unit: '',
    byChannel: 'By channel', byLineOfWork: 'By line of work', byDisposition: 'Outcome',
    trend: 'Last 12 months', deadlines: 'Deadlines (subcommittee within 30 days)',
    open: 'Open', dueWithin7Days: 'Due within 7 days', breached: 'Breached', metOnTime: 'Met on time',
    board: 'Deadline board', dueSoon: 'Due within 7 days', overdue: 'Overdue',
    stale: 'Units late with progress reports', noCases: 'None', casesUnavailable: 'Cases could not be read',
    report: 'Monthly report', asOf: 'As of', live: 'Live', polling: 'Refreshing every 5 s',
    connecting: 'Connecting…', loadFailed: 'Could not load the figures', dueAt: 'Due', district: 'District',
    language: 'ไทย',
    unitsNotReported: 'Units that have not reported progress by the 20th', unitName: 'Unit or working group',
    held: 'Cases owing a report', missing: 'Not reported', withoutProgress: 'Reported without progress',
    allUnitsReported: 'Every unit has reported', followUp: "Director's follow-up list", caseId: 'Case',
    reasons: 'Why', since: 'Listed since', holder: 'Held by',
    noFollowUp: 'No case to follow up', notPermitted: 'This sign-in may not read this',
    shownOf: '{shown} of {total} cases shown',
  },
};

/** The user-facing text of a key in a language (th or en). */
export function text(lang, key) {
  return TEXT[lang][key] ?? key;
}

/** The name of a channel, line of work or disposition code; an unknown code is shown as it is. */
export function codeName(lang, code) {
  return NAMES[lang][code] ?? code;
}

/** A month "2023-02" in the language's calendar (Thai: Buddhist Era), written as `options` ask. */
function monthIn(lang, month, options) {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB', { timeZone: 'UTC', ...options })
    .format(new Date(Date.UTC(year, m - 1, 1)));
}

/** "กุมภาพันธ์ 2566" or "February 2023" for "2023-02". */
export function monthTitle(lang, month) {
  return monthIn(lang, month, { month: 'long', year: 'numeric' });
}

/** "ก.พ. 66" or "Feb 2023" for "2023-02": the axis labels of the trend. */
export function monthShort(lang, month) {
  return monthIn(lang, month, lang === 'th' ? { month: 'short', year: '2-digit' } : { month: 'short', year: 'numeric' });
}
