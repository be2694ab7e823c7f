package fi.aloitepolku.platform.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import java.io.IOException;
import java.util.Collection;
import java.util.Objects;

/**
 * The {@code <option>}s of a plain GET form's {@code <select>} ({@code <a:options items="…" selected="…"/>}),
 * written in one pass. The public list offers 300 municipalities: as a {@code ui:repeat} of option tags that was
 * three expressions and a row state per option, more than half of the page's rendering time. Values and labels
 * are escaped by the response writer; the option whose value equals {@code selected} (compared as text, as the
 * request parameter arrives) is marked selected.
 */
@FacesComponent(OptionList.COMPONENT_TYPE)
public class OptionList extends UIComponentBase {

    public static final String COMPONENT_TYPE = "fi.aloitepolku.OptionList";

    @Override
    public String getFamily() {
        return "fi.aloitepolku";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        var items = (Collection<?>) getAttributes().get("items");
        if (items == null) {
            return;
        }
        Object chosen = getAttributes().get("selected");
        String selected = chosen == null ? null : chosen.toString();
        var writer = context.getResponseWriter();
        for (Object element : items) {
            var item = (SelectItem) element;
            String value = Objects.toString(item.getValue(), "");
            writer.startElement("option", this);
            writer.writeAttribute("value", value, null);
            if (value.equals(selected)) {
                writer.writeAttribute("selected", "selected", null);
            }
            writer.writeText(item.getLabel(), null);
            writer.endElement("option");
        }
    }
}
