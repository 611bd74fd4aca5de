// The site, the PDF and the release archives are where an editor and CI expect them.
def site = new File(basedir, 'target/site')
assert new File(site, 'index.html').isFile()
assert new File(site, 'briefings/first/index.html').text.contains('A lead paragraph.')
assert new File(site, 'briefings/first/first.pdf').bytes[0..3] == '%PDF'.bytes.toList()
assert new File(basedir, 'target/publish-site-1.0-site.zip').isFile()
assert new File(basedir, 'target/publish-site-1.0-pdf.zip').isFile()
assert new File(basedir, 'target/publish-site-1.0.sha256').text =~ /[0-9a-f]{64}  publish-site-1.0-site.zip/
def log = new File(basedir, 'build.log').text
assert log.contains('Galley: published 1 of 1 briefing')
return true
