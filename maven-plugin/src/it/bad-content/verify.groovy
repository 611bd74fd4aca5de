// Bad content fails the build with every problem at its file:line:col, and no stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] briefings/broken.md:3:7: error: \'date\' must be a date such as 2026-11-28, or a date and time such as 2026-11-28T09:30:00Z, not “yesterday” [front-matter-value]')
assert log.contains('[ERROR] briefings/broken.md:5:5: error: this link points to a briefing \'missing\' that does not exist [link-briefing]')
// several problems end with them grouped by kind, errors first
assert log.contains('[INFO] Galley: 2 kinds of problem, errors first, the commonest first:')
assert log =~ /\[INFO\]   error +front-matter-value +1  first: briefings\/broken\.md:3:7: /
assert log.contains('Galley found problems in the content (listed above); the previous output is unchanged')
assert !log.contains('\tat dev.galley')
assert !new File(basedir, 'target/site').exists()
return true
