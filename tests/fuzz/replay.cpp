// Runs a fuzz target's LLVMFuzzerTestOneInput() once on each file named (or each file of each
// folder named): the seed corpus and the inputs that once crashed (tests/fuzz/regressions/),
// replayed by CTest in every build, with the sanitizers in the asan one. libFuzzer itself runs
// only in the fuzz preset (clang); this is what keeps its findings fixed everywhere else.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv)
{
    std::size_t runs = 0;
    auto replay = [&runs](const std::filesystem::path& file) {
        std::ifstream in(file, std::ios::binary);
        const std::vector<char> bytes{std::istreambuf_iterator<char>(in), {}};
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        ++runs;
    };
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path path = argv[i];
        if (std::filesystem::is_directory(path)) {
            for (const auto& entry : std::filesystem::recursive_directory_iterator(path))
                if (entry.is_regular_file())
                    replay(entry.path());
        } else if (std::filesystem::exists(path)) {
            replay(path);
        }
    }
    std::printf("replayed %zu inputs\n", runs);
    return runs > 0 ? 0 : 1;
}
