// Placeholder until `termblocks run` lands (issue 3).
console.error('termblocks: the terminal front end is not built yet');
process.exit(1);
