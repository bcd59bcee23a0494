// Projector mode for side by side: the same articles and highlights as the side-by-side reader.
export { load } from '../../compare/+page.server';
