// Load ontology files with the OWL API the way Protégé opens them, offline, and say what a curator
// opening them would see, or would silently not see.
//
//   java OntologyLoad FILE [FILE ...]
//
// Each FILE is loaded by a fresh manager, as if opened in a new Protégé window. Its imports are
// resolved through the catalog-v001.xml next to it (Protégé's convention: <uri> and <rewriteURI>
// entries, relative to the catalog's folder and any xml:base). Nothing is fetched from the
// network: an import the catalog does not map to an existing file is reported missing.
//
// The report of each FILE, one "key: value" line each on standard output, starts with its
// "file" line:
//
//   file, catalog, format, ontology, version   what was loaded, and how
//   parse-error       the parser for FILE's syntax: line, column and message (then one line per
//                     other parser that refused it, as Protégé lists them)
//   import            each ontology of the import closure: IRI -> the local document it came from
//   missing-import    each import that could not be loaded, and why; missing-imports: the count
//   unparsed-triple   each triple the OWL parser dropped, which Protégé never shows;
//                     unparsed-triples: the count
//   owl2-dl-violation each OWL 2 DL violation of the import closure (the OWL API's profile
//                     checker, plus the typing constraints it leaves out: an IRI may not be two
//                     kinds of property, nor a class and a datatype); owl2-dl: yes or no
//   unlabelled        each entity of the closure without an rdfs:label (Protégé would show a bare
//                     IRI); unlabelled-entities: the count
//   result            ok, not-loaded, or the names of the checks that failed
//
// Exit status: 0 every check passed for every FILE; 1 a FILE could not be loaded; 2 all loaded
// but a check failed; 64 wrong usage. Used by tests/test_ontology.py.

import java.io.File;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.RDFDocumentFormat;
import org.semanticweb.owlapi.io.FileDocumentSource;
import org.semanticweb.owlapi.io.OWLOntologyLoaderMetaData;
import org.semanticweb.owlapi.io.OWLParser;
import org.semanticweb.owlapi.io.OWLParserException;
import org.semanticweb.owlapi.io.RDFParserMetaData;
import org.semanticweb.owlapi.io.UnparsableOntologyException;
import org.semanticweb.owlapi.model.EntityType;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLDocumentFormat;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyIRIMapper;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

public class OntologyLoad {

    /** Maps import IRIs to local files as the catalog says, and every other IRI to nowhere. */
    static final class CatalogMapper implements OWLOntologyIRIMapper {
        private static final long serialVersionUID = 1L;
        final Map<String, File> exact = new LinkedHashMap<>();
        final Map<String, File> prefixes = new LinkedHashMap<>();
        final Map<String, String> refused = new LinkedHashMap<>();
        final File nowhere;

        CatalogMapper(File folder) {
            // A document that does not exist: where an unmapped IRI goes instead of the web.
            nowhere = new File(folder, ".not-in-catalog-v001.xml");
        }

        void read(File catalog) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Element root = factory.newDocumentBuilder().parse(catalog).getDocumentElement();
            walk(root, catalog.getAbsoluteFile().getParentFile().toURI());
        }

        private void walk(Element element, URI base) {
            String xmlBase = element.getAttributeNS("http://www.w3.org/XML/1998/namespace", "base");
            if (!xmlBase.isEmpty()) {
                base = base.resolve(xmlBase);
            }
            if ("uri".equals(element.getLocalName())) {
                exact.put(element.getAttribute("name"), new File(base.resolve(element.getAttribute("uri"))));
            } else if ("rewriteURI".equals(element.getLocalName())) {
                prefixes.put(element.getAttribute("uriStartString"),
                        new File(base.resolve(element.getAttribute("rewritePrefix"))));
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element) {
                    walk((Element) child, base);
                }
            }
        }

        @Override
        public IRI getDocumentIRI(IRI ontologyIRI) {
            String iri = ontologyIRI.toString();
            File file = exact.get(iri);
            if (file == null) {
                String longest = null;
                for (String start : prefixes.keySet()) {
                    if (iri.startsWith(start) && (longest == null || start.length() > longest.length())) {
                        longest = start;
                    }
                }
                if (longest != null) {
                    file = new File(prefixes.get(longest), iri.substring(longest.length()));
                }
            }
            if (file == null) {
                refused.put(iri, "no entry in catalog-v001.xml (not fetched: offline)");
                return IRI.create(nowhere);
            }
            if (!file.isFile()) {
                refused.put(iri, "catalog-v001.xml maps it to " + file + ", which does not exist");
            }
            return IRI.create(file);
        }
    }

    /** Collects what the RDF consumer logs about triples it could not use, and passes warnings on. */
    static final class ParserLog extends Handler {
        static final Pattern UNPARSED = Pattern.compile("Unparsed triple: (.*) -> (.*) -> (.*)", Pattern.DOTALL);
        final Set<String> unparsed = new TreeSet<>();

        @Override
        public void publish(LogRecord record) {
            String message = String.valueOf(record.getMessage());
            Matcher triple = UNPARSED.matcher(message);
            if (triple.matches()) {
                unparsed.add(triple.group(1) + " " + triple.group(2) + " " + triple.group(3));
            } else if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                System.err.println(record.getLevel() + " " + record.getLoggerName() + ": " + message);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    static final ParserLog LOG = new ParserLog();

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: OntologyLoad FILE [FILE ...]");
            System.exit(64);
        }
        // The OWL API logs through SLF4J; with slf4j-jdk14 on the class path that is
        // java.util.logging, where the dropped triples are picked up.
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.addHandler(LOG);
        root.setLevel(Level.WARNING);
        Logger.getLogger("org.semanticweb.owlapi.rdf.rdfxml.parser.OWLRDFConsumer").setLevel(Level.INFO);

        int status = 0;
        for (String arg : args) {
            int result = check(new File(arg).getAbsoluteFile());
            status = result == 1 || status == 1 ? 1 : Math.max(status, result);
        }
        System.exit(status);
    }

    /** Report on one file; return its exit status. */
    static int check(File file) throws Exception {
        System.out.println("file: " + file);
        if (!file.isFile()) {
            System.out.println("load-error: no such file");
            System.out.println("result: not-loaded");
            return 1;
        }
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        CatalogMapper mapper = new CatalogMapper(file.getParentFile());
        File catalog = new File(file.getParentFile(), "catalog-v001.xml");
        if (catalog.isFile()) {
            mapper.read(catalog);
            System.out.println("catalog: " + catalog.getName() + " (" + mapper.exact.size() + " uri, "
                    + mapper.prefixes.size() + " rewriteURI)");
        } else {
            System.out.println("catalog: none");
        }
        manager.getIRIMappers().clear();
        manager.getIRIMappers().add(mapper);

        Map<String, String> missing = new LinkedHashMap<>();
        manager.addMissingImportListener(event -> {
            String iri = event.getImportedOntologyURI().toString();
            missing.put(iri, mapper.refused.getOrDefault(iri, firstLine(event.getCreationException().getMessage())));
        });
        OWLOntologyLoaderConfiguration config = new OWLOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.SILENT)
                .setReportStackTraces(false);

        LOG.unparsed.clear();
        OWLOntology ontology;
        try {
            ontology = manager.loadOntologyFromOntologyDocument(new FileDocumentSource(file), config);
        } catch (UnparsableOntologyException err) {
            reportParseErrors(file, err);
            System.out.println("result: not-loaded");
            return 1;
        } catch (OWLOntologyCreationException err) {
            System.out.println("load-error: " + firstLine(err.getMessage()));
            System.out.println("result: not-loaded");
            return 1;
        }

        OWLDocumentFormat format = manager.getOntologyFormat(ontology);
        System.out.println("format: " + (format == null ? "unknown" : format.getKey()));
        System.out.println("ontology: " + ontology.getOntologyID().getOntologyIRI().map(IRI::toString).orElse("(anonymous)"));
        System.out.println("version: " + ontology.getOntologyID().getVersionIRI().map(IRI::toString).orElse("(none)"));
        List<String> failed = new ArrayList<>();

        // Imports: every ontology of the closure but FILE itself came through the catalog.
        List<OWLOntology> closure = ontology.importsClosure().collect(Collectors.toList());
        for (OWLOntology imported : closure) {
            if (!imported.getOntologyID().equals(ontology.getOntologyID())) {
                System.out.println("import: " + imported.getOntologyID().getOntologyIRI().map(IRI::toString).orElse("(anonymous)")
                        + " -> " + manager.getOntologyDocumentIRI(imported));
            }
        }
        for (Map.Entry<String, String> entry : missing.entrySet()) {
            System.out.println("missing-import: " + entry.getKey() + ": " + entry.getValue());
        }
        System.out.println("missing-imports: " + missing.size());
        if (!missing.isEmpty()) {
            failed.add("missing-imports");
        }

        // Triples no axiom was made of: those the consumer logged as left over at the end of a
        // document, and those the parser's own metadata lists.
        Set<String> unparsed = new TreeSet<>(LOG.unparsed);
        for (OWLOntology part : closure) {
            OWLDocumentFormat partFormat = manager.getOntologyFormat(part);
            if (partFormat instanceof RDFDocumentFormat) {
                Optional<OWLOntologyLoaderMetaData> meta = partFormat.getOntologyLoaderMetaData();
                if (meta.isPresent() && meta.get() instanceof RDFParserMetaData) {
                    ((RDFParserMetaData) meta.get()).getUnparsedTriples().forEach(triple -> unparsed.add(
                            triple.getSubject() + " " + triple.getPredicate() + " " + triple.getObject()));
                }
            }
        }
        for (String triple : unparsed) {
            System.out.println("unparsed-triple: " + triple);
        }
        System.out.println("unparsed-triples: " + unparsed.size());
        if (!unparsed.isEmpty()) {
            failed.add("unparsed-triples");
        }

        // OWL 2 DL, over the import closure as a reasoner would see it.
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        Set<String> violations = new TreeSet<>();
        for (OWLProfileViolation violation : report.getViolations()) {
            violations.add(violation.getClass().getSimpleName() + ": " + violation.toString().replace('\n', ' '));
        }
        violations.addAll(illegalPunning(ontology));
        for (String violation : violations) {
            System.out.println("owl2-dl-violation: " + violation);
        }
        System.out.println("owl2-dl: " + (violations.isEmpty() ? "yes" : "no"));
        if (!violations.isEmpty()) {
            failed.add("owl2-dl");
        }

        // Labels: Protégé shows an entity by its rdfs:label, or else by the end of its IRI.
        Set<String> unlabelled = new TreeSet<>();
        ontology.signature(Imports.INCLUDED).filter(entity -> !entity.isBuiltIn()).forEach(entity -> {
            boolean labelled = closure.stream().anyMatch(part -> part.annotationAssertionAxioms(entity.getIRI())
                    .anyMatch(axiom -> axiom.getProperty().isLabel()));
            if (!labelled) {
                unlabelled.add(entity.getEntityType().getName() + " " + entity.getIRI());
            }
        });
        for (String entity : unlabelled) {
            System.out.println("unlabelled: " + entity);
        }
        System.out.println("unlabelled-entities: " + unlabelled.size());
        if (!unlabelled.isEmpty()) {
            failed.add("unlabelled");
        }

        System.out.println("result: " + (failed.isEmpty() ? "ok" : String.join(" ", failed)));
        return failed.isEmpty() ? 0 : 2;
    }

    /**
     * OWL 2 DL's typing constraints on punning (structural specification, section 5.9): an IRI
     * may be at most one of object, data and annotation property, and not both a class and a
     * datatype. Checked over the signature of the import closure.
     */
    static List<String> illegalPunning(OWLOntology ontology) {
        Map<IRI, Set<EntityType<?>>> kinds = new TreeMap<>();
        ontology.signature(Imports.INCLUDED).forEach(entity ->
                kinds.computeIfAbsent(entity.getIRI(), iri -> new LinkedHashSet<>()).add(entity.getEntityType()));
        List<EntityType<?>> properties = List.of(EntityType.OBJECT_PROPERTY, EntityType.DATA_PROPERTY,
                EntityType.ANNOTATION_PROPERTY);
        List<String> found = new ArrayList<>();
        for (Map.Entry<IRI, Set<EntityType<?>>> entry : kinds.entrySet()) {
            List<String> clash = new ArrayList<>();
            for (EntityType<?> kind : properties) {
                if (entry.getValue().contains(kind)) {
                    clash.add(kind.getName());
                }
            }
            if (clash.size() < 2) {
                clash.clear();
            }
            if (entry.getValue().contains(EntityType.CLASS) && entry.getValue().contains(EntityType.DATATYPE)) {
                clash.add(EntityType.CLASS.getName());
                clash.add(EntityType.DATATYPE.getName());
            }
            if (!clash.isEmpty()) {
                found.add("IllegalPunning: <" + entry.getKey() + "> is both " + String.join(" and ", clash));
            }
        }
        return found;
    }

    /**
     * Protégé tries every parser and lists every refusal. The one that matters is the parser of
     * the file's own syntax (by its extension), so that comes first, with its position.
     */
    static void reportParseErrors(File file, UnparsableOntologyException err) {
        String name = file.getName().toLowerCase();
        String syntax = name.endsWith(".ttl") ? "Turtle"
                : name.endsWith(".owl") || name.endsWith(".rdf") || name.endsWith(".xml") ? "RDF/XML"
                : name.endsWith(".ofn") ? "Functional"
                : name.endsWith(".omn") ? "Manchester"
                : name.endsWith(".owx") ? "OWL/XML" : null;
        Pattern where = Pattern.compile(
                "line (\\d+), column (\\d+)|lineNumber: (\\d+); columnNumber: (\\d+)");
        List<String> first = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Map.Entry<OWLParser, OWLParserException> entry : err.getExceptions().entrySet()) {
            OWLParserException why = entry.getValue();
            String message = String.valueOf(why.getMessage());
            if (message.contains("UnsupportedRDFormatException") || message.startsWith("Did not recognise RDF format")) {
                continue; // a Rio parser whose syntax module is not on the class path: no verdict
            }
            int line = why.getLineNumber();
            int column = why.getColumnNumber();
            Matcher at = where.matcher(message);
            if (line <= 0 && at.find()) {
                line = Integer.parseInt(at.group(1) != null ? at.group(1) : at.group(3));
                column = Integer.parseInt(at.group(2) != null ? at.group(2) : at.group(4));
            }
            String format = entry.getKey().getSupportedFormat().getKey();
            String position = line > 0 ? "line " + line + ", column " + column + ": " : "";
            String text = "parse-error: " + format + " (" + entry.getKey().getName() + "): " + position
                    + firstLine(message.replaceFirst("^[\\w.]+(Exception|Error): ", ""));
            boolean ours = syntax != null && format.contains(syntax)
                    && !entry.getKey().getName().startsWith("Rio");
            (ours ? first : others).add(text);
        }
        first.forEach(System.out::println);
        others.stream().sorted().forEach(System.out::println);
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
