// Validate data graphs against SHACL shapes with Apache Jena's SHACL engine, one JVM for many.
//
//   java ShaclReport SHAPES DATA1 REPORT1 [DATA2 REPORT2 ...]
//
// Parses the shapes once (a shapes graph Jena refuses, e.g. a SPARQL constraint using an
// undeclared prefix, fails here with exit status 2), then writes each data graph's
// sh:ValidationReport as N-Triples to its report file. Used by tests/test_shapes_jena.py.

import java.io.FileOutputStream;
import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

public class ShaclReport {
    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args.length % 2 == 0) {
            System.err.println("usage: ShaclReport SHAPES DATA REPORT [DATA REPORT ...]");
            System.exit(64);
        }
        Shapes shapes;
        try {
            shapes = Shapes.parse(RDFDataMgr.loadGraph(args[0]));
        } catch (RuntimeException err) {
            System.err.println("shapes not loaded: " + err);
            System.exit(2);
            return;
        }
        for (int i = 1; i < args.length; i += 2) {
            Graph data = RDFDataMgr.loadGraph(args[i]);
            ValidationReport report = ShaclValidator.get().validate(shapes, data);
            try (OutputStream out = new FileOutputStream(args[i + 1])) {
                RDFDataMgr.write(out, report.getModel(), Lang.NTRIPLES);
            }
        }
    }
}
