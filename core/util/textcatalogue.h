#pragma once
// The catalogue of core's texts and their English (see util/text.h for the design and
// util/textcodes.h for the templates).
// Threading: the catalogue is immutable; every function may be called from any thread
// (overrideTemplateForTest() excepted: tests only, before any other thread renders).

#include "util/text.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace stemwise::core {

/// One entry of the catalogue.
struct TextTemplate {
    TextCode code = TextCode::None;
    const char* id = "";      ///< stable id: "issue.clipping"
    int args = 0;             ///< how many arguments %1…%args the template takes
    const char* source = "";  ///< the English template, the UI's translation key (context "CoreText")
    bool plural = false;      ///< has %n: English one/other below, the UI translates with the count
    const char* englishOne = nullptr;
    const char* englishOther = nullptr;
};

/// Every entry, in the order of TextCode (None excluded).
[[nodiscard]] std::span<const TextTemplate> textTemplates();
/// The entry of `code`; nullptr for TextCode::None.
[[nodiscard]] const TextTemplate* textTemplate(TextCode code);
/// The code with this stable id, if any.
[[nodiscard]] std::optional<TextCode> textCodeFromId(std::string_view id);

/// The text in English, as the CLI and the JSON reports print it; "" for an empty Text.
[[nodiscard]] std::string english(const Text& text);
/// A term's English word ("low mids" for TermKind::Band "low_mids"); the id when it has none.
[[nodiscard]] std::string termEnglish(TermKind kind, const std::string& id);

/// Whether the text and every text nested in it has a code with a template and exactly as
/// many arguments as the template takes (and a count when it has plural forms).
[[nodiscard]] bool isWellFormed(const Text& text, std::string* why = nullptr);

/// Fills "%1"…"%99" of `pattern` with args[0]…, each once, in one pass (so an argument that
/// itself contains "%2" stays as it is). Placeholders without an argument stay.
[[nodiscard]] std::string fillPlaceholders(std::string_view pattern, const std::vector<std::string>& args);

/// The English frequency formats: "315 Hz", "2.5 kHz"; compact: "2 kHz" when whole; a range:
/// "60–250 Hz", "500 Hz–2 kHz", "2–4 kHz".
[[nodiscard]] std::string hzEnglish(double hz, bool compact = false);
[[nodiscard]] std::string hzRangeEnglish(double lowHz, double highHz);

/// For the test that rewording a template changes the CLI and the UI together: replaces the
/// English template of `code` until the returned guard goes. Tests only.
class TemplateOverrideForTest {
public:
    TemplateOverrideForTest(TextCode code, const char* source);
    ~TemplateOverrideForTest();
    TemplateOverrideForTest(const TemplateOverrideForTest&) = delete;
    TemplateOverrideForTest& operator=(const TemplateOverrideForTest&) = delete;

private:
    TextCode m_code;
    const char* m_previous;
};

}  // namespace stemwise::core
