// What Velocity cannot do for the new desk: the date of its welcome briefing (the day of
// SOURCE_DATE_EPOCH, else today in UTC, as `galley new desk` dates it) and the wrapper's
// executable bit, which a jar does not keep.
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneOffset

def desk = new File(request.outputDirectory, request.artifactId)
String date = request.properties.getProperty('date', 'today')
if (date == 'today') {
    String epoch = System.getenv('SOURCE_DATE_EPOCH')
    date = epoch ? Instant.ofEpochSecond(Long.parseLong(epoch.trim())).atOffset(ZoneOffset.UTC).toLocalDate().toString()
            : LocalDate.now(ZoneOffset.UTC).toString()
}
def welcome = new File(desk, 'briefings/welcome.md')
welcome.setText(welcome.getText('UTF-8').replace('${date}', date), 'UTF-8')
new File(desk, 'mvnw').setExecutable(true, false)
