/**
 * The rules every reveal of sealed particulars keeps, in every service that serves one: a named person signed in
 * (not a client), a reason of substance, a daily allowance per officer, an audit entry and an announcement to the
 * auditors before anything is opened.
 */
package th.bma.anticorruption.support.reveal;
