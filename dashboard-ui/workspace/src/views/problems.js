// How a refused request reads on the page: the problem's heading, its detail and each field with the rule it broke;
// the form's controls named by the problem are marked invalid.
import { h } from '../dom.js';
import { SignInRequired } from '../api.js';
import { ApiProblem } from '../problem.js';

/** The alert for a problem ({title, detail, fields}). */
export function problemBox(problem) {
  return h('div', { class: 'problem', role: 'alert', dataset: { testid: 'problem', status: problem.status ?? '' } },
    h('strong', {}, problem.title),
    problem.detail ? h('p', {}, problem.detail) : null,
    problem.fields?.length ? h('ul', {}, problem.fields.map((f) => h('li', {}, h('code', {}, f.field), ` (${f.rule}): ${f.message}`))) : null);
}

/**
 * Runs a form's request: clears the last message, disables the submit button meanwhile, shows the problem (and marks
 * the named fields) or the success message in `outlet`. Answers the result, or undefined when it failed.
 */
export async function submitting(form, outlet, request, success) {
  const button = form.querySelector('[type="submit"]');
  form.querySelectorAll('[aria-invalid]').forEach((c) => c.removeAttribute('aria-invalid'));
  outlet.replaceChildren();
  if (button) button.disabled = true;
  try {
    const result = await request();
    outlet.replaceChildren(h('p', { class: 'done', role: 'status' }, ...[].concat(success(result))));
    return result;
  } catch (error) {
    if (error instanceof SignInRequired) {
      window.location.reload(); // no token any more: the page signs in again and comes back here
      return undefined;
    }
    if (!(error instanceof ApiProblem)) {
      outlet.replaceChildren(problemBox({ title: String(error?.message ?? error), fields: [] }));
      return undefined;
    }
    error.problem.fields.forEach((f) => form.querySelector(`[name="${CSS.escape(f.field)}"]`)?.setAttribute('aria-invalid', 'true'));
    outlet.replaceChildren(problemBox(error.problem));
    return undefined;
  } finally {
    if (button) button.disabled = false;
  }
}
