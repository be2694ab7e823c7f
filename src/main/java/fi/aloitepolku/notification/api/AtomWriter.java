package fi.aloitepolku.notification.api;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes an Atom 1.0 document; the XML writer escapes every text. */
final class AtomWriter {

    private static final String NS = "http://www.w3.org/2005/Atom";

    /** One entry: a stable id, a title, an optional summary, the page it is about, and when. */
    record Entry(String id, String title, String summary, String link, Instant updated) {
    }

    private AtomWriter() {
    }

    static String feed(String id, String title, String alternate, String self, Instant updated, List<Entry> entries) {
        var out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            text(xml, "id", id);
            text(xml, "title", title);
            text(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            link(xml, "alternate", alternate);
            link(xml, "self", self);
            xml.writeStartElement("author");
            text(xml, "name", "Aloitepolku");
            xml.writeEndElement();
            for (Entry e : entries) {
                xml.writeStartElement("entry");
                text(xml, "id", e.id());
                text(xml, "title", e.title());
                text(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(e.updated()));
                link(xml, "alternate", e.link());
                if (e.summary() != null && !e.summary().isBlank()) {
                    text(xml, "summary", e.summary());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Atom feed not written", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
