// Every page knows who is looking, so it can hide the controls a participant cannot use (the
// server refuses their writes anyway: see src/lib/server/roles.ts).
export const load = ({ locals }) => ({ role: locals.role });
