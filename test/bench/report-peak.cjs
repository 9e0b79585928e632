// Preloaded (node -r) into a benchmarked process: prints its peak memory to stderr as it exits.
process.on('exit', () => {
	process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
