package th.bma.anticorruption.intake.traffy;

import java.util.ArrayList;
import java.util.List;

import th.bma.anticorruption.intake.validation.ThaiText;

/** Traffy's categories as text: {@code ทุจริต}, {@code ถนน,ทุจริต} or the dump's array form {@code {ถนน,ทุจริต}}. */
public final class TraffyCategories {

    private TraffyCategories() {
    }

    public static List<String> parse(String text) {
        List<String> categories = new ArrayList<>();
        if (text == null) {
            return categories;
        }
        String inner = text.strip();
        if (inner.startsWith("{") && inner.endsWith("}")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        for (String part : inner.split(",")) {
            String category = ThaiText.normalise(part.replace("\"", ""));
            if (!category.isEmpty() && !categories.contains(category)) {
                categories.add(category);
            }
        }
        return categories;
    }
}
