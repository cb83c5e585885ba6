// ical_js_events.js FILE: read an iCalendar file with ical.js (the parser
// of Thunderbird and many web calendars) and print one JSON object per
// VEVENT: uid, sequence, dtstart, lastModified.  Used by
// test/scripts/edition_revisions.py to check that a second parser sees
// what python3-icalendar sees.  NODE_PATH points at the folder where
// ical.js was installed (test/lib/npm_module.sh).
const fs = require('fs');
const ICAL = require('ical.js');

const text = fs.readFileSync(process.argv[2], 'utf8');
const cal = new ICAL.Component(ICAL.parse(text));
for (const vevent of cal.getAllSubcomponents('vevent')) {
  const lm = vevent.getFirstPropertyValue('last-modified');
  console.log(JSON.stringify({
    uid: vevent.getFirstPropertyValue('uid'),
    sequence: vevent.getFirstPropertyValue('sequence'),
    dtstart: vevent.getFirstPropertyValue('dtstart').toString(),
    lastModified: lm ? lm.toString() : null,
  }));
}
