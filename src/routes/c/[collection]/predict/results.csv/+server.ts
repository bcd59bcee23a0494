// The room's answers as CSV, for the facilitator only: ?rows=answers gives every answer (devices as
// "device 1", "device 2", …, never their cookie ids); the default gives one row per question and
// choice with the answers beside the measured figure. Written with the project's CSV writer (formulas
// neutralised: an outlet called "=HYPERLINK(…)" arrives as text).
import { predictions } from '$lib/server';
import { requireFacilitator } from '$lib/server/roles';
import { formatValue } from '$lib/predict';
import { slug, toCsv, type Cell } from '$lib/csv';
import { must } from '../../../../guard.server';
import { loadOverview } from '../../overview.server';

export const GET = (event) => {
	must(() => requireFacilitator(event, 'export the room’s answers'));
	const id = event.params.collection;
	const { overview } = loadOverview({ collection: id });
	const p = predictions();
	const questions = p.questions(id);
	let header: string[];
	let rows: Cell[][];
	if (event.url.searchParams.get('rows') === 'answers') {
		const byId = new Map(questions.map((q) => [q.id, q]));
		header = ['question_no', 'question', 'device', 'answer', 'answered_at'];
		rows = p.answerRows(id).map((a) => [questions.indexOf(byId.get(a.questionId)!) + 1, byId.get(a.questionId)?.prompt ?? '', a.device, a.answer, a.answeredAt]);
	} else {
		header = ['question_no', 'question', 'revealed', 'choice', 'answers', 'answered', 'share_of_answers', 'measured_value', 'measured_as', 'measured_unit', 'measured_from', 'text_answer'];
		rows = questions.flatMap((q, i) => {
			const r = p.reveal(id, q.id, overview.outlets, true, overview.sameText);
			const m = r.measured;
			return r.tallies.map((t) => {
				const v = m?.values.find((x) => x.choice === t.choice);
				return [
					i + 1,
					q.prompt,
					q.revealed ? 'yes' : 'no',
					t.choice,
					t.count,
					r.answered,
					r.answered ? t.count / r.answered : '',
					v?.value ?? '',
					v && m ? formatValue(v.value, m.format) : '',
					m?.unit ?? '',
					v?.sample ?? '',
					m?.answer.includes(t.choice) ? 'yes' : ''
				] as Cell[];
			});
		});
	}
	const name = `${slug(overview.collection.name)}-predictions${event.url.searchParams.get('rows') === 'answers' ? '-answers' : ''}.csv`;
	return new Response(toCsv(header, rows), {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' }
	});
};
