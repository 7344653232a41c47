// Fuzz target: the learned-model document (`stemwise learned --import`, and the model state
// of `import-db`; core/learn/learnedmodel.h). What fromJson() accepts must be a model every
// later command can use: its JSON reads back, and every posterior is a probability.
#include "learn/learnedmodel.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace stemwise::core;
    auto model = LearnedModel::fromJson(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!model)
        return 0;
    for (const auto& [key, cell] : model.value().cells()) {
        const double mean = LearnedModel::meanOf(cell);
        if (!(std::isfinite(mean) && mean > 0.0 && mean < 1.0))
            std::abort();
        const auto bar = key.find('|');
        const auto bar2 = key.find('|', bar + 1);
        const std::string genre = key.substr(bar2 + 1);
        const auto p = model.value().posterior(key.substr(0, bar), key.substr(bar + 1, bar2 - bar - 1),
                                               genre == "*" ? std::nullopt : std::optional<std::string>(genre), 0.5);
        if (!(std::isfinite(p.mean) && p.mean > 0.0 && p.mean < 1.0))
            std::abort();
    }
    auto again = LearnedModel::fromJson(model.value().toJson());
    if (!again || again.value().cells().size() != model.value().cells().size())
        std::abort();
    return 0;
}
