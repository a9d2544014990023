// Every word of the workspace, Thai first and English second. Codes of the contract (channels, lines of work,
// dispositions, follow-up reasons) take the dashboard's names (../../src/labels.js); case tracking's own codes (case
// states, internal-track steps and their results, orders, interim measures) are named here.
import { codeName } from '../../src/labels.js';

const TEXT = {
  th: {
    appTitle: 'ระบบงานเจ้าหน้าที่ ศตท.กทม.', language: 'English', signOut: 'ออกจากระบบ', signIn: 'เข้าสู่ระบบ',
    signingIn: 'กำลังเข้าสู่ระบบ…', signInFailed: 'เข้าสู่ระบบไม่สำเร็จ', loading: 'กำลังโหลด…', signedInAs: 'ผู้ใช้',
    skip: 'ข้ามไปยังเนื้อหา', menu: 'เมนูงาน', notAllowed: 'บัญชีนี้ไม่มีสิทธิ์เปิดหน้านี้', notFound: 'ไม่พบหน้านี้',
    noRole: 'บัญชีนี้ไม่มีบทบาทเจ้าหน้าที่ในระบบ',
    'view.triage': 'คัดแยกเรื่อง', 'view.register': 'ลงทะเบียนเรื่อง', 'view.cases': 'เรื่องร้องเรียน',
    'view.internal': 'เรื่องสายงาน ก.ก.', 'view.progress': 'รายงานความคืบหน้า', 'view.follow-up': 'เรื่องที่ต้องติดตาม',
    'view.rules': 'กฎการส่งต่อ', 'view.reveal': 'เปิดเผยตัวผู้ร้อง', 'view.audit': 'บันทึกตรวจสอบ',
    'role.DIRECTOR': 'ผู้อำนวยการ', 'role.INTAKE_OFFICER': 'เจ้าหน้าที่รับเรื่อง', 'role.INVESTIGATOR': 'เจ้าหน้าที่ ก.ก.',
    'role.UNIT_OFFICER': 'เจ้าหน้าที่หน่วยงาน', 'role.CONFIDENTIALITY_OFFICER': 'เจ้าหน้าที่รักษาความลับ', 'role.AUDITOR': 'ผู้ตรวจสอบ',
    triageEmpty: 'ไม่มีเรื่องรอคัดแยก', received: 'รับเรื่องเมื่อ', channel: 'ช่องทาง', district: 'เขต',
    suggestion: 'ระบบแนะนำ', confidence: 'ความมั่นใจ', why: 'เหตุผล', screeningDoubt: 'การคัดกรองไม่แน่ใจว่าเป็นเรื่องทุจริต ตรวจสอบก่อนส่งต่อ', description: 'รายละเอียด (ปิดบังข้อมูลส่วนบุคคล)',
    lineOfWork: 'สายงาน', destinationCode: 'หน่วยงานปลายทาง (ไม่บังคับ)', rulesDecide: '— ให้กฎการส่งต่อเลือก —',
    reason: 'เหตุผล', resolve: 'ยืนยันการคัดแยก', resolved: 'คัดแยกแล้ว: สายงาน {line}',
    notCorruption: 'ไม่ใช่เรื่องร้องเรียนการทุจริต (ปิดเรื่อง ไม่นับในสถิติเรื่องร้องเรียน)',
    closedNotCorruption: 'ปิดเรื่องแล้ว: ไม่ใช่เรื่องร้องเรียนการทุจริต',
    registerTitle: 'ลงทะเบียนเรื่องร้องเรียนจากหนังสือ ผู้มาร้องด้วยตนเอง เว็บไซต์ หรือผู้บริหาร',
    externalRef: 'เลขที่อ้างอิงของช่องทาง', receivedAt: 'วันเวลาที่รับเรื่อง', complainant: 'ผู้ร้องเรียน (ปิดผนึกเมื่อบันทึก)',
    name: 'ชื่อ-นามสกุล', phone: 'โทรศัพท์', nationalId: 'เลขประจำตัวประชาชน', email: 'อีเมล', anonymous: 'ไม่ประสงค์ออกนาม',
    accused: 'ผู้ถูกร้องเรียน', position: 'ตำแหน่ง', positionLevel: 'ระดับ', unit: 'หน่วยงาน', submit: 'บันทึก',
    registered: 'รับเรื่องแล้ว เลขที่เรื่อง {id} รหัสติดตาม {code}',
    sealedNote: 'ข้อมูลผู้ร้องจะถูกปิดผนึกทันทีที่บันทึก และจะไม่แสดงอีก ยกเว้นการเปิดเผยโดยเจ้าหน้าที่รักษาความลับ',
    filters: 'ตัวกรอง', search: 'ค้นหาเลขที่เรื่อง/เลขที่คำร้อง', state: 'สถานะ', disposition: 'ผลการดำเนินการ',
    destination: 'หน่วยงานปลายทาง', due: 'กำหนดเวลา', dueSoon: 'ใกล้ครบกำหนด', overdue: 'เกินกำหนด', stale: 'ไม่มีความเคลื่อนไหว',
    any: 'ทั้งหมด', apply: 'ค้นหา', noCases: 'ไม่พบเรื่อง', caseId: 'เลขที่เรื่อง', deadline: 'กำหนดเวลา', daysLeft: 'เหลือ (วัน)',
    previous: 'ก่อนหน้า', next: 'ถัดไป', pageOf: 'หน้า {page} จาก {pages}',
    routing: 'เหตุผลการส่งต่อ', rule: 'กฎ', version: 'ฉบับที่', timeline: 'ลำดับเหตุการณ์', complaint: 'เรื่องร้องเรียน',
    accusedPosition: 'ตำแหน่งผู้ถูกร้อง', noDeadline: 'ไม่มีกำหนดเวลา', dueAt: 'ครบกำหนด', startedAt: 'เริ่มนับ',
    'deadline.OPEN': 'ยังไม่ครบกำหนด', 'deadline.MET': 'ทันกำหนด', 'deadline.BREACHED': 'เกินกำหนด',
    daysLeftText: 'เหลือ {n} วัน', daysOverText: 'เกินกำหนด {n} วัน', dueToday: 'ครบกำหนดวันนี้',
    reroute: 'ส่งต่อใหม่', rerouteTo: 'รหัสหน่วยงานปลายทาง (เช่น DISTRICT-1007, WG-3)', keepLine: '— คงสายงานเดิม —',
    rerouted: 'ส่งต่อใหม่แล้ว', progressTitle: 'รายงานความคืบหน้าประจำเดือน (ภายในวันที่ 20)', progressNote: 'ความคืบหน้า',
    progressSubmit: 'ส่งรายงาน', progressFiled: 'ส่งรายงานความคืบหน้าแล้ว', lastProgress: 'รายงานล่าสุด',
    steps: 'ขั้นตอนสายงาน ก.ก.', action: 'ขั้นตอน', members: 'รายชื่อกรรมการ (บรรทัดละคน)', note: 'บันทึก',
    order: 'คำสั่ง ศปท.กทม.', measure: 'มาตรการชั่วคราว', orderedBy: 'ผู้สั่ง', orderedAt: 'วันที่สั่ง', record: 'บันทึกขั้นตอน',
    stepRecorded: 'บันทึกขั้นตอนแล้ว', revealTitle: 'เปิดเผยตัวผู้ร้องเรียน', complaintId: 'เลขที่คำร้อง',
    revealReason: 'เหตุผลที่ต้องเปิดเผย (ผูกกับเรื่อง อย่างน้อย 15 ตัวอักษร)', revealSubmit: 'เปิดเผย (บันทึกตรวจสอบ)',
    revealOnce: 'แสดงครั้งเดียว ไม่ถูกเก็บในเบราว์เซอร์ ปิดหน้าหรือเปลี่ยนหน้าแล้วจะหายไป', hide: 'ซ่อน',
    originalDescription: 'ข้อความเดิม', auditTitle: 'บันทึกตรวจสอบ', identityReveals: 'การเปิดเผยตัวผู้ร้อง',
    officer: 'เจ้าหน้าที่', at: 'เมื่อ', verify: 'ตรวจสอบความถูกต้องของห่วงโซ่', intact: 'ห่วงโซ่สมบูรณ์',
    broken: 'ห่วงโซ่ขาด', entries: 'รายการ', notChained: 'ไม่อยู่ในห่วงโซ่ {n} รายการ', caseAudit: 'บันทึกตรวจสอบของเรื่อง', caseAudits: 'บันทึกตรวจสอบของทุกเรื่อง', actor: 'ผู้ทำรายการ',
    routingRules: 'กฎการส่งต่อ', screeningRules: 'กฎการคัดกรอง', versions: 'ฉบับ', rulesAudit: 'ประวัติการแก้ไขกฎ',
    changedBy: 'ผู้แก้ไข', showVersions: 'ดูทุกฉบับ', enabled: 'ใช้งาน', disabled: 'ปิด', priority: 'ลำดับ',
    shippedDefaultsDiffering: 'กฎที่ผู้อำนวยการแก้ไขไว้และต่างจากค่าเริ่มต้นของรุ่นที่ติดตั้ง: {n} กฎ',
    shippedDefaultDiffers: 'รุ่นที่ติดตั้งมีค่าเริ่มต้นต่างจากนี้ ระบบคงฉบับของผู้อำนวยการไว้',
    takeShippedDefault: 'การติดตั้งรุ่นใหม่ไม่เขียนทับฉบับของผู้อำนวยการ หากจะใช้ค่าเริ่มต้นของรุ่นที่ติดตั้ง ผู้อำนวยการบันทึกค่านั้นเป็นฉบับถัดไปของกฎ',
    progressMonth: 'เดือน', held: 'เรื่องที่ต้องรายงาน', onTime: 'ทันกำหนด', late: 'ล่าช้า', missing: 'ยังไม่รายงาน',
    withoutProgress: 'รายงานแต่ไม่มีความคืบหน้า', nothingOwed: 'ไม่มีรายงานที่ต้องส่ง', dueBy20: 'ต้องรายงานภายใน {date}',
    followUpEmpty: 'ไม่มีเรื่องที่ต้องติดตาม', since: 'ติดตามตั้งแต่', reasons: 'เหตุที่ต้องติดตาม',
    internalEmpty: 'ไม่มีเรื่องในสายงาน ก.ก.', updatedLive: 'เรื่องนี้ถูกแก้ไขโดยผู้อื่น แสดงข้อมูลล่าสุดแล้ว', open: 'เปิด',
    backToList: 'กลับไปรายการ', required: 'จำเป็น',
    'view.replies': 'คำตอบจากผู้ร้อง', unreadBadge: '{n} ยังไม่อ่าน', conversation: 'การสนทนากับผู้ร้องเรียน',
    'from.OFFICER': 'เจ้าหน้าที่', 'from.COMPLAINANT': 'ผู้ร้องเรียน', 'attachment.photo': 'ภาพถ่าย',
    'attachment.document': 'เอกสาร PDF', 'attachment.file': 'ไฟล์แนบ', readBy: 'อ่านแล้วเมื่อ {at} โดย {by}',
    noMessages: 'ยังไม่มีข้อความ', messageToComplainant: 'ข้อความถึงผู้ร้องเรียน',
    messageHint: 'ผู้ร้องเห็นบทบาทของท่าน ไม่เห็นชื่อ ข้อมูลส่วนบุคคลในข้อความจะถูกปิดบัง (ไม่เกิน 2,000 ตัวอักษร)',
    send: 'ส่งข้อความ', messageSent: 'ส่งข้อความถึงผู้ร้องเรียนแล้ว', noUnread: 'ไม่มีคำตอบที่ยังไม่อ่าน',
    unreadReplies: 'คำตอบที่ยังไม่อ่าน', lastReplyAt: 'ตอบล่าสุดเมื่อ',
    trackStanding: 'ผลในสายงาน ก.ก.', preliminaryCheck: 'ผลการตรวจสอบเบื้องต้น', finding: 'ผลการสืบข้อเท็จจริง', measures: 'มาตรการชั่วคราว',
    'state.UNDER_VERIFICATION': 'อยู่ระหว่างตรวจสอบข้อมูล', 'state.FORWARDED_TO_UNIT': 'ส่งต่อให้หน่วยงานดำเนินการ',
    'state.FORWARDED_TO_WORKING_GROUP': 'ส่งต่อให้คณะทำงานดำเนินการ', 'state.REFERRED_TO_NACC': 'ส่งเรื่องให้สำนักงาน ป.ป.ช.',
    'state.REFERRED_TO_PACC': 'ส่งเรื่องให้สำนักงาน ป.ป.ท.', 'state.PRELIMINARY_REVIEW': 'อยู่ระหว่างตรวจสอบเบื้องต้น',
    'state.PRESENTED_TO_DIRECTOR': 'เสนอผู้อำนวยการ ศตท.กทม.', 'state.NOT_CREDIBLE': 'ไม่มีข้อมูลหรือหลักฐานน่าเชื่อถือ (ยุติเรื่อง)',
    'state.SUBCOMMITTEE_APPOINTED': 'แต่งตั้งคณะอนุกรรมการสืบข้อเท็จจริงทางลับแล้ว', 'state.GROUNDED': 'มีมูล เสนอ ศปท.กทม.',
    'state.ORDER_GIVEN': 'ศปท.กทม. มีคำสั่งแล้ว', 'state.NOT_GROUNDED': 'ไม่มีมูล (ยุติเรื่อง)',
    'state.CLOSED_AS_REFERRED': 'ยุติเรื่อง (ส่งหน่วยงานภายนอกแล้ว)', 'state.COMPLETED': 'ดำเนินการเสร็จสิ้น',
    'state.NOT_CORRUPTION': 'ไม่ใช่เรื่องร้องเรียนการทุจริต (ปิดเรื่อง)',
    'step.find-credible': 'พบข้อมูลน่าเชื่อถือ เสนอผู้อำนวยการ', 'step.find-not-credible': 'ไม่พบข้อมูลน่าเชื่อถือ ยุติเรื่อง',
    'step.appoint-subcommittee': 'แต่งตั้งคณะอนุกรรมการสืบข้อเท็จจริงทางลับ', 'step.find-grounded': 'มีมูล',
    'step.find-not-grounded': 'ไม่มีมูล ยุติเรื่อง', 'step.record-order': 'บันทึกคำสั่ง ศปท.กทม.',
    'step.record-interim-measure': 'บันทึกมาตรการชั่วคราว', 'step.review-interim-measure': 'ทบทวนมาตรการชั่วคราว',
    'step.end-interim-measure': 'ยุติมาตรการชั่วคราว', 'step.close-as-referred': 'ยุติเรื่องเพราะส่งหน่วยงานภายนอกแล้ว',
    'step.complete': 'ดำเนินการเสร็จสิ้น', 'step.report-progress': 'รายงานความคืบหน้า', 'step.record-follow-up': 'บันทึกการติดตาม',
    'order.DISCIPLINARY_INQUIRY': 'สอบสวนทางวินัย', 'order.CRIMINAL_REFERRAL_NACC': 'ส่งดำเนินคดีอาญาที่สำนักงาน ป.ป.ช.',
    'order.CRIMINAL_REFERRAL_PACC': 'ส่งดำเนินคดีอาญาที่สำนักงาน ป.ป.ท.', 'order.CRIMINAL_REFERRAL_POLICE': 'ร้องทุกข์กล่าวโทษต่อพนักงานสอบสวน',
    'order.ADMINISTRATIVE_MEASURE': 'มาตรการทางการบริหาร', 'order.NO_ACTION': 'ไม่ต้องดำเนินการ',
    'measure.TRANSFER_TO_OTHER_DUTY': 'ย้ายไปช่วยราชการ', 'measure.SUSPENSION': 'สั่งพักราชการ',
    'result.CREDIBLE': 'น่าเชื่อถือ', 'result.NOT_CREDIBLE': 'ไม่น่าเชื่อถือ', 'result.GROUNDED': 'มีมูล', 'result.NOT_GROUNDED': 'ไม่มีมูล',
  },
  en: {
    appTitle: 'BMA Anti-Corruption Centre — Officers\' workspace', language: 'ไทย', signOut: 'Sign out', signIn: 'Sign in',
    signingIn: 'Signing in…', signInFailed: 'Sign-in failed', loading: 'Loading…', signedInAs: 'Signed in as',
    skip: 'Skip to content', menu: 'Work', notAllowed: 'This sign-in may not open this page', notFound: 'No such page',
    noRole: 'This account holds no officer role',
    'view.triage': 'Triage', 'view.register': 'Register', 'view.cases': 'Cases', 'view.internal': 'Internal track',
    'view.progress': 'Progress reports', 'view.follow-up': 'Follow-up', 'view.rules': 'Rules',
    'view.reveal': 'Reveal identity', 'view.audit': 'Audit',
    'role.DIRECTOR': 'Director', 'role.INTAKE_OFFICER': 'Intake officer', 'role.INVESTIGATOR': 'Investigator (ก.ก. office)',
    'role.UNIT_OFFICER': 'Unit officer', 'role.CONFIDENTIALITY_OFFICER': 'Confidentiality officer', 'role.AUDITOR': 'Auditor',
    triageEmpty: 'Nothing waits for triage', received: 'Received', channel: 'Channel', district: 'District',
    suggestion: 'Suggested', confidence: 'Confidence', why: 'Why', screeningDoubt: 'Screening was unsure this is about corruption; check before forwarding', description: 'Description (personal data masked)',
    lineOfWork: 'Line of work', destinationCode: 'Destination (optional)', rulesDecide: '— let the rules decide —',
    reason: 'Reason', resolve: 'Resolve', resolved: 'Resolved: line of work {line}',
    notCorruption: 'Not a corruption complaint (close it; not counted among the complaints)',
    closedNotCorruption: 'Closed: not a corruption complaint',
    registerTitle: 'Register a letter, walk-in, website form or executive\'s referral',
    externalRef: 'Channel reference', receivedAt: 'Received at', complainant: 'Complainant (sealed on submit)',
    name: 'Name', phone: 'Phone', nationalId: 'National ID', email: 'E-mail', anonymous: 'Anonymous',
    accused: 'Accused', position: 'Position', positionLevel: 'Level', unit: 'Unit', submit: 'Submit',
    registered: 'Registered: complaint {id}, tracking code {code}',
    sealedNote: 'The complainant\'s particulars are sealed on submit and never shown again outside the audited reveal.',
    filters: 'Filters', search: 'Search by case or complaint id', state: 'State', disposition: 'Disposition',
    destination: 'Destination', due: 'Deadline', dueSoon: 'Due soon', overdue: 'Overdue', stale: 'Stale',
    any: 'Any', apply: 'Search', noCases: 'No cases', caseId: 'Case', deadline: 'Deadline', daysLeft: 'Days left',
    previous: 'Previous', next: 'Next', pageOf: 'Page {page} of {pages}',
    routing: 'Why it went there', rule: 'Rule', version: 'version', timeline: 'Timeline', complaint: 'Complaint',
    accusedPosition: 'Accused\'s position', noDeadline: 'No deadline', dueAt: 'Due', startedAt: 'Started',
    'deadline.OPEN': 'Open', 'deadline.MET': 'Met', 'deadline.BREACHED': 'Breached',
    daysLeftText: '{n} days left', daysOverText: '{n} days overdue', dueToday: 'Due today',
    reroute: 'Reroute', rerouteTo: 'Destination code (e.g. DISTRICT-1007, WG-3)', keepLine: '— keep the line of work —',
    rerouted: 'Rerouted', progressTitle: 'Monthly progress report (due by the 20th)', progressNote: 'Progress',
    progressSubmit: 'File the report', progressFiled: 'Progress report filed', lastProgress: 'Last report',
    steps: 'Internal-track steps', action: 'Step', members: 'Members (one a line)', note: 'Note',
    order: 'ศปท.กทม.\'s order', measure: 'Interim measure', orderedBy: 'Ordered by', orderedAt: 'Ordered at', record: 'Record the step',
    stepRecorded: 'Step recorded', revealTitle: 'Reveal a complainant\'s identity', complaintId: 'Complaint id',
    revealReason: 'Why it is needed, tied to the case (at least 15 letters)', revealSubmit: 'Reveal (audited)',
    revealOnce: 'Shown once, never stored by the browser: gone when you leave or reload this page', hide: 'Hide',
    originalDescription: 'Original text', auditTitle: 'Audit trails', identityReveals: 'Identity reveals',
    officer: 'Officer', at: 'At', verify: 'Verify the chain', intact: 'Chain intact', broken: 'Chain broken',
    entries: 'entries', notChained: '{n} not chained', caseAudit: 'The case\'s audit trail', caseAudits: 'Every case\'s audit trail', actor: 'By',
    routingRules: 'Routing rules', screeningRules: 'Screening rules', versions: 'Versions', rulesAudit: 'Who changed which rule',
    changedBy: 'Changed by', showVersions: 'All versions', enabled: 'On', disabled: 'Off', priority: 'Order',
    shippedDefaultsDiffering: 'Rules the director wrote that differ from what this release ships: {n}',
    shippedDefaultDiffers: 'This release ships a different version; the director\'s version is kept',
    takeShippedDefault: 'A release never overwrites the director\'s version: to take the shipped one, the director puts it as the rule\'s next version.',
    progressMonth: 'Month', held: 'Owing a report', onTime: 'On time', late: 'Late', missing: 'Missing',
    withoutProgress: 'Without progress', nothingOwed: 'No report is owed', dueBy20: 'Due by {date}',
    followUpEmpty: 'No case to follow up', since: 'Listed since', reasons: 'Why',
    internalEmpty: 'No internal-track case', updatedLive: 'Someone else changed this case: the latest is shown', open: 'Open',
    backToList: 'Back to the list', required: 'required',
    'view.replies': 'Complainants\' replies', unreadBadge: '{n} unread', conversation: 'Conversation with the complainant',
    'from.OFFICER': 'Officer', 'from.COMPLAINANT': 'Complainant', 'attachment.photo': 'Photo',
    'attachment.document': 'PDF document', 'attachment.file': 'Attachment', readBy: 'Read {at} by {by}',
    noMessages: 'No message yet', messageToComplainant: 'Message to the complainant',
    messageHint: 'The complainant sees your role, not your name; personal data in the text is masked (up to 2,000 characters)',
    send: 'Send', messageSent: 'Message sent to the complainant', noUnread: 'No unread reply',
    unreadReplies: 'Unread replies', lastReplyAt: 'Last reply',
    trackStanding: 'Where the internal track stands', preliminaryCheck: 'Preliminary check', finding: 'Fact-finding', measures: 'Interim measures',
    'state.UNDER_VERIFICATION': 'Under verification', 'state.FORWARDED_TO_UNIT': 'Forwarded to a unit',
    'state.FORWARDED_TO_WORKING_GROUP': 'Forwarded to a working group', 'state.REFERRED_TO_NACC': 'Referred to the NACC',
    'state.REFERRED_TO_PACC': 'Referred to the PACC', 'state.PRELIMINARY_REVIEW': 'Preliminary review',
    'state.PRESENTED_TO_DIRECTOR': 'Presented to the director', 'state.NOT_CREDIBLE': 'Not credible (closed)',
    'state.SUBCOMMITTEE_APPOINTED': 'Fact-finding subcommittee appointed', 'state.GROUNDED': 'Grounded: put to ศปท.กทม.',
    'state.ORDER_GIVEN': 'ศปท.กทม. gave its order', 'state.NOT_GROUNDED': 'Not grounded (closed)',
    'state.CLOSED_AS_REFERRED': 'Closed: the external body has it', 'state.COMPLETED': 'Completed',
    'state.NOT_CORRUPTION': 'Not a corruption complaint (closed)',
    'step.find-credible': 'Found credible: put to the director', 'step.find-not-credible': 'Found not credible: close',
    'step.appoint-subcommittee': 'Appoint the fact-finding subcommittee', 'step.find-grounded': 'Found grounded',
    'step.find-not-grounded': 'Found not grounded: close', 'step.record-order': 'Record ศปท.กทม.\'s order',
    'step.record-interim-measure': 'Record an interim measure', 'step.review-interim-measure': 'Review an interim measure',
    'step.end-interim-measure': 'End an interim measure', 'step.close-as-referred': 'Close as referred',
    'step.complete': 'Complete', 'step.report-progress': 'Report progress', 'step.record-follow-up': 'Record the follow-up',
    'order.DISCIPLINARY_INQUIRY': 'Disciplinary inquiry', 'order.CRIMINAL_REFERRAL_NACC': 'Criminal referral to the NACC',
    'order.CRIMINAL_REFERRAL_PACC': 'Criminal referral to the PACC', 'order.CRIMINAL_REFERRAL_POLICE': 'Criminal complaint to the police',
    'order.ADMINISTRATIVE_MEASURE': 'Administrative measure', 'order.NO_ACTION': 'No action',
    'measure.TRANSFER_TO_OTHER_DUTY': 'Transfer to other duty', 'measure.SUSPENSION': 'Suspension',
    'result.CREDIBLE': 'Credible', 'result.NOT_CREDIBLE': 'Not credible', 'result.GROUNDED': 'Grounded', 'result.NOT_GROUNDED': 'Not grounded',
  },
};

/** A word of the workspace in a language, with {placeholders} filled. */
export function text(lang, key, values = {}) {
  const template = TEXT[lang]?.[key] ?? TEXT.th[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

/** The name of a contract code (channel, line of work, disposition, follow-up reason) or the code itself. */
export function nameOf(lang, code) {
  return code ? codeName(lang, code) : '';
}

/**
 * The label of a case-tracking code of a kind (`state`, `step`, `order`, `measure`, `result`), or the code itself
 * when it has none.
 */
export function codeLabel(lang, kind, code) {
  if (!code) return '';
  const key = `${kind}.${code}`;
  return TEXT[lang]?.[key] ?? TEXT.th[key] ?? code;
}

/** Every key of a language, to check both languages say everything. */
export function keysOf(lang) {
  return Object.keys(TEXT[lang]);
}

/** A date-time as officers read it, in Bangkok time (Buddhist Era in Thai). */
export function formatInstant(lang, iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString(lang === 'th' ? 'th-TH' : 'en-GB',
    { timeZone: 'Asia/Bangkok', dateStyle: 'medium', timeStyle: 'short' });
}
