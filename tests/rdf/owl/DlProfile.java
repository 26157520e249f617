// DlProfile.java: is an ontology in the OWL 2 DL profile? Loads each file
// given with the OWL API (Debian's libowlapi-java), checks it against
// OWL2DLProfile and prints one line per violation, then
// "N passed, N failed" (one check per file); exits 1 on any violation.
//
//   java -cp "$(tests/rdf/owl/classpath.sh)" tests/rdf/owl/DlProfile.java FILE.ttl...
import java.io.File;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

public class DlProfile {
  public static void main(String[] args) throws Exception {
    int passed = 0, failed = 0;
    for (String path : args) {
      OWLOntologyManager m = OWLManager.createOWLOntologyManager();
      OWLOntology o = m.loadOntologyFromOntologyDocument(new File(path));
      OWLProfileReport r = new OWL2DLProfile().checkOntology(o);
      if (r.isInProfile()) {
        System.out.println("ok - " + path + " is in the OWL 2 DL profile");
        passed++;
      } else {
        for (OWLProfileViolation v : r.getViolations())
          System.out.println("# " + v.toString().replace('\n', ' '));
        System.out.println("not ok - " + path + ": " + r.getViolations().size()
            + " OWL 2 DL violation(s)");
        failed++;
      }
    }
    System.out.println(passed + " passed, " + failed + " failed");
    System.exit(failed == 0 ? 0 : 1);
  }
}
