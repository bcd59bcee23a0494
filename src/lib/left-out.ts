// The source line's note on the articles left out of the charts, with the reason each was left out
// (the overview's notice lists them; the handout and the chart exports carry only this line).

export interface LeftOutArticle {
	reason?: 'error' | 'language';
}

/** "1 more left out: not in English", "3 more left out: 1 not in English, 2 could not be analysed"; '' for none. */
export function leftOutNote(failed: readonly LeftOutArticle[]): string {
	if (!failed.length) return '';
	const foreign = failed.filter((f) => f.reason === 'language').length;
	const errors = failed.length - foreign;
	const why = [foreign ? `${foreign === failed.length ? '' : `${foreign} `}not in English` : '', errors ? `${errors === failed.length ? '' : `${errors} `}could not be analysed` : '']
		.filter(Boolean)
		.join(', ');
	return `${failed.length} more left out: ${why}`;
}
