// DAW session import (issue 20, point 1): a real Ardour 7 session made by Ardour itself
// (tests/data/daw/make-ardour-session.sh, with Debian's ardour 7.3 headless tools; every value
// it sets is asserted here as Ardour wrote it), REAPER projects written from REAPER's
// documented chunk format with its odd cases (quoted names with spaces and quotes, nested FX
// containers, take FX that are not track FX, items without sources, MIDI items, CRLF lines,
// Windows paths), and hostile files: cut-short XML and RPP, a billion-laughs file, a 1 GiB
// file and lines and tokens beyond the limits, nesting too deep, paths and links that lead
// out of the session folder. Each hostile file gets an error naming the reason, fast.
#include "daw/dawsession.h"
#include "daw/sessionfiles.h"
#include "report/dawsessionreport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/stat.h>

using namespace stemwise;
using core::PluginKind;

namespace fs = std::filesystem;

namespace {

const fs::path kData = fs::path(STEMWISE_SOURCE_DIR) / "tests" / "data" / "daw";

std::string readAll(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeAll(const fs::path& path, const std::string& bytes)
{
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

void replaceOnce(std::string& text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    QVERIFY2(at != std::string::npos, from.c_str());
    text.replace(at, from.size(), to);
}

const core::DawTrack* trackNamed(const core::DawSession& s, const std::string& name)
{
    for (const auto& t : s.tracks)
        if (t.name == name)
            return &t;
    return nullptr;
}

double db(double linear)
{
    return 20.0 * std::log10(linear);
}

// One plug-in as the test expects it.
struct P {
    P(std::string name_, PluginKind kind_, bool active_ = true, std::string container_ = {})
        : name(std::move(name_)), kind(kind_), active(active_), container(std::move(container_))
    {
    }
    std::string name;
    PluginKind kind;
    bool active;
    std::string container;
};

void comparePlugins(const core::DawTrack& t, const std::vector<P>& expected)
{
    QCOMPARE(t.plugins.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(t.plugins[i].name, expected[i].name);
        QCOMPARE(core::pluginKindName(t.plugins[i].kind), core::pluginKindName(expected[i].kind));
        QCOMPARE(t.plugins[i].active, expected[i].active);
        QCOMPARE(t.plugins[i].container, expected[i].container);
    }
}

// A copy of the Ardour fixture in `dir` (session file and takes), to change and read.
fs::path copyArdourSession(const QTemporaryDir& dir)
{
    const fs::path to = fs::path(dir.path().toStdString()) / "ardour7-song";
    fs::copy(kData / "ardour7-song", to, fs::copy_options::recursive);
    return to / "ardour7-song.ardour";
}

core::Error errorOf(const fs::path& file, const core::DawReadLimits& limits = {})
{
    auto r = core::readDawSession(file, limits);
    if (r.ok())
        return core::Error("(read without an error)");
    return r.error();
}

}  // namespace

class TestDawSession : public QObject {
    Q_OBJECT

private slots:
    void readsTheArdourSessionArdourMade();
    void ardourTracksPlayTheirTakes();
    void readsAnArdour6StyleSession();
    void readsReaperProjectWithOddCases();
    void readsReaperProjectWithCrlfAndNothingElse();
    void recognisesPluginKinds_data();
    void recognisesPluginKinds();
    void writesPanAndGainsWithUnits();

    void refusesCutShortArdourXml();
    void refusesBillionLaughs();
    void refusesMalformedAndForeignXml();
    void refusesOverlongTokensAndLines();
    void refusesAGigabyteFileAtOnce();
    void refusesNestingTooDeep();
    void refusesCutShortReaperProject();
    void reportsPathsLeadingOutsideTheSession();
    void refusesWhatIsNoSessionFile();
    void followsACompoundRegionToItsFiles();

    void opensASessionFileLikeAFolder();
    void namesTheTrackOfAMissingOrOutsideFile();
    void mapsABounceFolderByName();
    void opensTheDawsOwnFolderAsItsSession();
};

void TestDawSession::readsTheArdourSessionArdourMade()
{
    auto r = core::readDawSession(kData / "ardour7-song" / "ardour7-song.ardour");
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    const core::DawSession& s = r.value();
    QCOMPARE(core::dawKindName(s.kind), std::string_view("ardour"));
    QCOMPARE(s.name, std::string("ardour7-song"));
    QCOMPARE(s.createdWith, std::string("Ardour 7.3.0~ds0-1"));
    QVERIFY(s.sampleRateHz);
    QCOMPARE(*s.sampleRateHz, 48000.0);

    // Tempo map: 128 BPM in 3/4, 96 BPM from bar 9 (quarter 24: 24 x 60/128 = 11.25 s).
    QVERIFY(s.tempoBpm);
    QCOMPARE(*s.tempoBpm, 128.0);
    QVERIFY(s.timeSignature);
    QCOMPARE(s.timeSignature->numerator, 3);
    QCOMPARE(s.timeSignature->denominator, 4);
    QCOMPARE(s.tempos.size(), std::size_t{2});
    QCOMPARE(s.tempos[0].timeS, 0.0);
    QCOMPARE(s.tempos[1].bpm, 96.0);
    QCOMPARE(s.tempos[1].timeS, 11.25);

    // Markers and ranges in seconds (Ardour keeps superclock ticks, 282240000 a second).
    QCOMPARE(s.markers.size(), std::size_t{2});
    QCOMPARE(s.markers[0].name, std::string("Verse 1"));
    QCOMPARE(s.markers[0].timeS, 8.0);
    QCOMPARE(s.markers[1].name, std::string("Chorus"));
    QCOMPARE(s.markers[1].timeS, 23.4375);
    QCOMPARE(s.ranges.size(), std::size_t{2});
    QCOMPARE(s.ranges[0].name, std::string("Bridge solo"));
    QCOMPARE(s.ranges[0].startS, 40.0);
    QCOMPARE(s.ranges[0].endS, 52.5);
    QCOMPARE(s.ranges[1].name, std::string("Outro"));
    QCOMPARE(s.ranges[1].startS, 60.0);
    QCOMPARE(s.ranges[1].endS, 75.25);
    QVERIFY(s.sessionRange);
    QCOMPARE(s.sessionRange->startS, 0.0);
    QVERIFY2(s.sessionRange->endS > 1.5 && s.sessionRange->endS < 2.5, "the session spans the 2 s take");

    // Tracks and buses in the mixer's order; the master apart.
    QVERIFY(s.master);
    QCOMPARE(s.master->name, std::string("Master"));
    QCOMPARE(s.master->gainDb, 0.0);
    QStringList names;
    for (const auto& t : s.tracks)
        names << QString::fromStdString(t.name);
    QCOMPARE(names, (QStringList{QStringLiteral("Kick"), QStringLiteral("Bass DI"), QStringLiteral("Lead Vox"),
                                 QStringLiteral("Guitar L"), QStringLiteral("Keys"), QStringLiteral("Drum Bus"),
                                 QStringLiteral("Vox Verb")}));
    QVERIFY(s.warnings.empty());

    // Gains are stored as float coefficients: within 1e-5 dB of what the script set.
    const double tol = 1e-5;
    const auto* kick = trackNamed(s, "Kick");
    QVERIFY(kick != nullptr);
    QVERIFY(!kick->bus);
    QCOMPARE(kick->channels, 1);
    QVERIFY(std::abs(kick->gainDb - -3.0) < tol);
    QCOMPARE(kick->trimDb, 0.0);
    QCOMPARE(kick->pan, 0.0);
    QVERIFY(!kick->mute && !kick->solo && !kick->polarityInverted);
    comparePlugins(*kick, {{"ACE Compressor", PluginKind::Compressor}});
    QCOMPARE(kick->plugins[0].identifier, std::string("urn:ardour:a-comp"));
    QCOMPARE(kick->plugins[0].format, std::string("LV2"));
    QCOMPARE(kick->sends.size(), std::size_t{1});
    QCOMPARE(kick->sends[0].target, std::string("Drum Bus"));
    QVERIFY(std::abs(kick->sends[0].gainDb - -6.0) < tol);
    QVERIFY(kick->sends[0].preFader);
    QCOMPARE(kick->outputs, std::vector<std::string>{"Master"});
    QCOMPARE(kick->vcas, std::vector<std::string>{"Drums VCA"});  // at -4 dB, over Kick and Bass DI
    QVERIFY(std::abs(kick->vcaGainDb - -4.0) < tol);
    QVERIFY(!kick->vcaMuted);

    const auto* bass = trackNamed(s, "Bass DI");
    QVERIFY(bass != nullptr);
    QVERIFY(std::abs(bass->gainDb - -6.0) < tol);
    QVERIFY(std::abs(bass->trimDb - 4.0) < tol);
    QVERIFY(bass->polarityInverted);
    QCOMPARE(bass->vcas, std::vector<std::string>{"Drums VCA"});
    QVERIFY(std::abs(bass->vcaGainDb - -4.0) < tol);
    comparePlugins(*bass, {{"ACE EQ", PluginKind::Eq}, {"ACE Compressor", PluginKind::Compressor}});

    const auto* vox = trackNamed(s, "Lead Vox");
    QVERIFY(vox != nullptr);
    QVERIFY(std::abs(vox->gainDb - 2.5) < tol);
    QVERIFY(std::abs(vox->pan - -0.3) < 1e-6);  // azimuth 0.35 (0 left … 1 right)
    QVERIFY(vox->solo);
    QVERIFY(!vox->mute);
    QVERIFY(vox->vcas.empty());
    QCOMPARE(vox->vcaGainDb, 0.0);
    comparePlugins(*vox, {{"ACE Expander", PluginKind::Gate}, {"ACE EQ", PluginKind::Eq},
                          {"ACE Compressor", PluginKind::Compressor}});
    QCOMPARE(vox->sends.size(), std::size_t{1});
    QCOMPARE(vox->sends[0].target, std::string("Vox Verb"));
    QVERIFY(std::abs(vox->sends[0].gainDb - -10.0) < tol);
    QVERIFY(!vox->sends[0].preFader);

    const auto* gtr = trackNamed(s, "Guitar L");
    QVERIFY(gtr != nullptr);
    QVERIFY(std::abs(gtr->gainDb - -9.5) < tol);
    QCOMPARE(gtr->pan, -1.0);
    QVERIFY(gtr->mute);
    QVERIFY(gtr->plugins.empty());

    const auto* keys = trackNamed(s, "Keys");
    QVERIFY(keys != nullptr);
    QCOMPARE(keys->channels, 2);
    QVERIFY(std::abs(keys->gainDb - -12.0) < tol);
    QVERIFY(std::abs(keys->pan - 0.2) < 1e-6);
    comparePlugins(*keys, {{"ACE EQ", PluginKind::Eq, false}});

    const auto* drums = trackNamed(s, "Drum Bus");
    QVERIFY(drums != nullptr);
    QVERIFY(drums->bus);
    QVERIFY(std::abs(drums->gainDb - -1.5) < tol);
    comparePlugins(*drums, {{"ACE Compressor", PluginKind::Compressor}});
    QVERIFY(drums->files.empty());

    const auto* verb = trackNamed(s, "Vox Verb");
    QVERIFY(verb != nullptr);
    QVERIFY(verb->bus);
    QCOMPARE(verb->gainDb, 0.0);
    comparePlugins(*verb, {{"ACE Reverb", PluginKind::Reverb}, {"ACE Delay", PluginKind::Other}});
}

void TestDawSession::ardourTracksPlayTheirTakes()
{
    const fs::path session = kData / "ardour7-song" / "ardour7-song.ardour";
    auto r = core::readDawSession(session);
    QVERIFY(r.ok());
    const fs::path audio = fs::absolute(kData / "ardour7-song" / "interchange" / "ardour7-song" / "audiofiles").lexically_normal();
    const std::vector<std::pair<std::string, std::vector<std::string>>> expected{
        {"Kick", {"Take1_Kick-1.wav"}},
        {"Bass DI", {"Take1_Bass DI-1.wav"}},
        {"Lead Vox", {"Take1_Lead Vox-1.wav"}},
        {"Guitar L", {"Take1_Guitar L-1.wav"}},
        {"Keys", {"Take1_Keys-1%L.wav", "Take1_Keys-1%R.wav"}},  // one file a channel, as Ardour records
        {"Drum Bus", {}},
        {"Vox Verb", {}}};
    for (const auto& [name, files] : expected) {
        const auto* t = trackNamed(r.value(), name);
        QVERIFY2(t != nullptr, name.c_str());
        QCOMPARE(t->files.size(), files.size());
        for (std::size_t i = 0; i < files.size(); ++i) {
            QCOMPARE(t->files[i].path, files[i]);
            QCOMPARE(t->files[i].resolved, audio / files[i]);
            QVERIFY(t->files[i].exists);
            QVERIFY(!t->files[i].outside);
        }
    }
}

void TestDawSession::readsAnArdour6StyleSession()
{
    // Written by hand in the form Ardour 5 and 6 save (TempoSection/MeterSection::get_state
    // and MetricSection::add_state_to_node in Ardour 6's libs/ardour/tempo.cc: "frame",
    // "beats-per-minute", "note-type", "divisions-per-bar"; locations in samples, no 'a'), with
    // an eighth-note tempo: 180 eighths a minute are 90 quarters.
    QTemporaryDir dir;
    const fs::path file = fs::path(dir.path().toStdString()) / "old.ardour";
    writeAll(file, R"(<?xml version="1.0" encoding="UTF-8"?>
<Session version="6000" name="old" sample-rate="44100">
  <ProgramVersion created-with="Ardour 6.9.0" modified-with="Ardour 6.9.0"/>
  <Sources/>
  <Locations>
    <Location id="1" name="Drop" start="441000" end="441000" flags="IsMark"/>
    <Location id="2" name="session" start="0" end="4410000" flags="IsSessionRange"/>
  </Locations>
  <Routes>
    <Route id="10" name="Bass" default-type="audio" audio-playlist="20">
      <PresentationInfo order="0" flags="AudioTrack,OrderSet"/>
      <Controllable name="mute" value="1"/>
      <Pannable><Controllable name="pan-azimuth" value="1"/></Pannable>
      <Processor id="11" name="Amp" active="1" type="amp"><Controllable name="gaincontrol" value="0.5"/></Processor>
    </Route>
  </Routes>
  <Playlists><Playlist id="20" name="Bass" orig-track-id="10"/></Playlists>
  <TempoMap>
    <Tempo pulse="0" frame="0" movable="no" lock-style="AudioTime" beats-per-minute="180" note-type="8" active="yes"/>
    <Meter pulse="0" frame="0" movable="no" lock-style="AudioTime" bbt="1|1|0" beat="0" note-type="8" divisions-per-bar="6"/>
    <Tempo pulse="4" frame="882000" movable="yes" lock-style="MusicTime" beats-per-minute="240" note-type="8" active="yes"/>
  </TempoMap>
</Session>
)");
    auto r = core::readDawSession(file);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    QCOMPARE(r->createdWith, std::string("Ardour 6.9.0"));
    QCOMPARE(*r->tempoBpm, 90.0);
    QCOMPARE(r->timeSignature->numerator, 6);
    QCOMPARE(r->timeSignature->denominator, 8);
    QCOMPARE(r->tempos.size(), std::size_t{2});
    QCOMPARE(r->tempos[1].timeS, 20.0);
    QCOMPARE(r->tempos[1].bpm, 120.0);
    QCOMPARE(r->markers.size(), std::size_t{1});
    QCOMPARE(r->markers[0].timeS, 10.0);
    QCOMPARE(r->sessionRange->endS, 100.0);
    QCOMPARE(r->tracks.size(), std::size_t{1});
    QVERIFY(std::abs(r->tracks[0].gainDb - db(0.5)) < 1e-9);
    QCOMPARE(r->tracks[0].pan, 1.0);
    QVERIFY(r->tracks[0].mute);
    QVERIFY(r->tracks[0].files.empty());
}

void TestDawSession::readsReaperProjectWithOddCases()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const fs::path folder = fs::path(dir.path().toStdString()) / "project";
    fs::create_directories(folder / "Audio");
    fs::copy_file(kData / "reaper" / "mix.RPP", folder / "mix.RPP");
    for (const char* f : {"kick in.wav", "snare top.wav", "Lead Vox.wav"})
        writeAll(folder / "Audio" / f, "RIFF");
    auto r = core::readDawSession(folder / "mix.RPP");
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    const core::DawSession& s = r.value();
    QCOMPARE(core::dawKindName(s.kind), std::string_view("reaper"));
    QCOMPARE(s.name, std::string("mix"));
    QCOMPARE(s.createdWith, std::string("REAPER 6.80/linux64"));
    QCOMPARE(*s.sampleRateHz, 48000.0);
    QCOMPARE(*s.tempoBpm, 124.0);
    QCOMPARE(s.timeSignature->numerator, 7);
    QCOMPARE(s.timeSignature->denominator, 8);
    QCOMPARE(s.tempos.size(), std::size_t{2});
    QCOMPARE(s.tempos[1].timeS, 32.0);
    QCOMPARE(s.tempos[1].bpm, 140.0);
    QCOMPARE(s.markers.size(), std::size_t{3});
    QCOMPARE(s.markers[0].name, std::string("Intro"));
    QCOMPARE(s.markers[0].timeS, 4.5);
    QCOMPARE(s.markers[1].name, std::string("Verse 1"));
    QCOMPARE(s.markers[1].timeS, 12.25);
    QCOMPARE(s.markers[2].name, std::string("Outro"));  // written without quotes
    QCOMPARE(s.markers[2].timeS, 60.0);
    QCOMPARE(s.ranges.size(), std::size_t{1});  // a region: two MARKER lines with one index
    QCOMPARE(s.ranges[0].name, std::string("Chorus"));
    QCOMPARE(s.ranges[0].startS, 30.0);
    QCOMPARE(s.ranges[0].endS, 45.5);

    QVERIFY(s.master);
    QVERIFY(std::abs(s.master->gainDb - -1.0) < 1e-9);
    comparePlugins(*s.master, {{"ReaLimit (Cockos)", PluginKind::Limiter}});

    QStringList names;
    for (const auto& t : s.tracks)
        names << QString::fromStdString(t.name);
    QCOMPARE(names, (QStringList{QStringLiteral("Drums"), QStringLiteral("Kick In"), QStringLiteral("Snare Top"),
                                 QStringLiteral("Lead Vox"), QStringLiteral("Guitar \"Crunch\""),
                                 QStringLiteral("Verb Return"), QStringLiteral("Bass \"Big\" 'DI'")}));

    const auto& drums = s.tracks[0];
    QVERIFY(drums.bus);  // a folder parent
    QCOMPARE(drums.outputs, std::vector<std::string>{"Master"});
    QVERIFY(std::abs(drums.gainDb - -3.0) < 1e-9);
    comparePlugins(drums, {{"ReaComp (Cockos)", PluginKind::Compressor}});
    QCOMPARE(drums.plugins[0].format, std::string("VST"));
    QCOMPARE(drums.plugins[0].identifier, std::string("reacomp.vst.so"));

    const auto& kick = s.tracks[1];
    QCOMPARE(kick.outputs, std::vector<std::string>{"Drums"});
    QCOMPARE(kick.gainDb, 0.0);
    QCOMPARE(kick.files.size(), std::size_t{1});
    QCOMPARE(kick.files[0].path, std::string("Audio/kick in.wav"));
    QVERIFY(kick.files[0].exists);
    QCOMPARE(kick.files[0].resolved, (folder / "Audio" / "kick in.wav").lexically_normal());
    QCOMPARE(kick.sends.size(), std::size_t{1});  // from AUXRECV on Verb Return: mode 3, muted
    QCOMPARE(kick.sends[0].target, std::string("Verb Return"));
    QCOMPARE(kick.sends[0].gainDb, 0.0);
    QVERIFY(kick.sends[0].preFader);
    QVERIFY(kick.sends[0].muted);
    QCOMPARE(*kick.sends[0].pan, 0.5);

    const auto& snare = s.tracks[2];
    QCOMPARE(snare.outputs, std::vector<std::string>{"Drums"});
    QVERIFY(std::abs(snare.gainDb - -1.5) < 1e-9);
    QCOMPARE(snare.pan, 0.1);
    QVERIFY(snare.polarityInverted);
    QCOMPARE(snare.files.size(), std::size_t{2});
    QCOMPARE(snare.files[0].path, std::string("C:\\Users\\me\\Samples\\snare.wav"));
    QVERIFY(snare.files[0].outside);  // another machine's path: named, never looked for
    QVERIFY(!snare.files[0].exists);
    QCOMPARE(snare.files[1].path, std::string("Audio\\snare top.wav"));  // inside a SECTION source
    QVERIFY(snare.files[1].exists);
    QVERIFY(!snare.files[1].outside);

    const auto& vox = s.tracks[3];
    QCOMPARE(vox.outputs, std::vector<std::string>{"Master"});  // the folder closed on Snare Top (ISBUS 2 -1)
    QVERIFY(std::abs(vox.gainDb - db(0.5)) < 1e-9);
    QCOMPARE(vox.pan, -0.25);
    QVERIFY(vox.solo);
    // Nested containers keep their plug-ins; a bypassed one is inactive; a renamed one keeps
    // the user's name and is recognised from its file; the item's take FX is not a track FX.
    comparePlugins(vox, {{"ReaEQ (Cockos)", PluginKind::Eq},
                         {"Vox glue", PluginKind::Compressor, false},
                         {"JS: Liteon/deesser", PluginKind::DeEsser},
                         {"ReaGate (Cockos)", PluginKind::Gate, true, "Vox space"},
                         {"ReaVerbate (Cockos)", PluginKind::Reverb, true, "Tail"}});
    QCOMPARE(vox.plugins[0].format, std::string("VST3"));
    QCOMPARE(vox.files.size(), std::size_t{1});  // the MIDI item and the item without a source play no file
    QCOMPARE(vox.files[0].path, std::string("Audio/Lead Vox.wav"));
    QCOMPARE(vox.sends.size(), std::size_t{1});
    QCOMPARE(vox.sends[0].target, std::string("Verb Return"));
    QVERIFY(std::abs(vox.sends[0].gainDb - -10.0) < 1e-9);
    QVERIFY(!vox.sends[0].preFader);

    const auto& gtr = s.tracks[4];
    QVERIFY(std::isinf(gtr.gainDb) && gtr.gainDb < 0.0);  // VOLPAN 0: -inf
    QVERIFY(gtr.mute);
    QVERIFY(gtr.files.empty());  // no items at all
    QVERIFY(gtr.outputs.empty());  // MAINSEND 0: it feeds neither a parent nor the master

    const auto& ret = s.tracks[5];
    comparePlugins(ret, {{"ReaVerbate (Cockos)", PluginKind::Reverb},
                         {"Surge XT Effects (Surge Synth Team)", PluginKind::Other, false}});  // offline
    QCOMPARE(ret.plugins[1].format, std::string("CLAP"));

    const auto& bass = s.tracks[6];
    QVERIFY(std::abs(bass.gainDb - 3.0) < 1e-9);
    QCOMPARE(bass.pan, 0.4);
    QCOMPARE(bass.files.size(), std::size_t{2});
    QVERIFY(bass.files[0].outside);
    QVERIFY(bass.files[1].outside);
    QCOMPARE(s.warnings.size(), std::size_t{3});
    QVERIFY(s.warnings[0].find("snare.wav") != std::string::npos);
    QVERIFY(s.warnings[2].find("../../../outside.flac") != std::string::npos);
    QVERIFY(s.warnings[2].find("outside the project folder") != std::string::npos);
}

void TestDawSession::readsReaperProjectWithCrlfAndNothingElse()
{
    auto r = core::readDawSession(kData / "reaper" / "empty-crlf.RPP");
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    QCOMPARE(r->createdWith, std::string("REAPER 7.07/win64"));
    QCOMPARE(*r->sampleRateHz, 44100.0);
    QVERIFY(!r->tempoBpm);
    QVERIFY(r->tracks.empty());
    QVERIFY(!r->master);
}

void TestDawSession::recognisesPluginKinds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("kind");
    const std::vector<std::array<const char*, 3>> rows{
        {"a-EQ", "", "eq"},
        {"ACE EQ", "urn:ardour:a-eq", "eq"},
        {"ReaEQ (Cockos)", "", "eq"},
        {"x42-eq - Parametric Equalizer Stereo", "", "eq"},
        {"FabFilter Pro-Q 3", "", "eq"},
        {"ACE High/Low Pass Filter", "", "eq"},
        {"a-Comp", "", "compressor"},
        {"ACE Compressor", "", "compressor"},
        {"ReaComp (Cockos)", "", "compressor"},
        {"Vox glue", "reaxcomp.vst.so", "compressor"},
        {"x42-dpl Digital Peak Limiter", "", "limiter"},
        {"ReaLimit (Cockos)", "", "limiter"},
        {"L2 Maximizer", "", "limiter"},
        {"De-esser", "", "de-esser"},
        {"Calf Deesser", "", "de-esser"},
        {"JS: Liteon/deesser", "", "de-esser"},
        {"ReaGate (Cockos)", "", "gate"},
        {"ACE Expander", "", "gate"},
        {"Noise Gate", "", "gate"},
        {"ACE Reverb", "", "reverb"},
        {"ReaVerbate (Cockos)", "", "reverb"},
        {"Dragonfly Hall Reverb", "", "reverb"},
        {"ACE Delay", "urn:ardour:a-delay", "other"},
        {"Frequency Shifter", "", "other"},
        {"ReaPitch (Cockos)", "", "other"},
    };
    for (const auto& [name, id, kind] : rows)
        QTest::newRow(name) << QString::fromUtf8(name) << QString::fromUtf8(id) << QString::fromUtf8(kind);
}

void TestDawSession::recognisesPluginKinds()
{
    QFETCH(QString, name);
    QFETCH(QString, identifier);
    QFETCH(QString, kind);
    const auto found = core::pluginKindFromName(name.toStdString(), identifier.toStdString());
    QCOMPARE(QString::fromUtf8(core::pluginKindName(found).data()), kind);
}

void TestDawSession::writesPanAndGainsWithUnits()
{
    QCOMPARE(core::panText(0.0), std::string("C"));
    QCOMPARE(core::panText(-0.3), std::string("L 30"));
    QCOMPARE(core::panText(1.0), std::string("R 100"));
    auto r = core::readDawSession(kData / "ardour7-song" / "ardour7-song.ardour");
    QVERIFY(r.ok());
    const std::string text = core::dawSessionReportText(r.value());
    QVERIFY(text.find("128.00 BPM in 3/4; 96.00 BPM from 11.250 s") != std::string::npos);
    QVERIFY(text.find("23.438 s  Chorus") != std::string::npos);
    QVERIFY(text.find("40.000 s -   52.500 s  Bridge solo") != std::string::npos);
    QVERIFY2(text.find("Lead Vox                 track     +2.5 dB   +0.0 dB   L 30  -    yes  -\n") != std::string::npos,
             text.c_str());
    QVERIFY(text.find("plug-in  ACE Expander [gate, LV2]") != std::string::npos);
    QVERIFY(text.find("send     to Vox Verb at -10.0 dB, post-fader") != std::string::npos);
}

void TestDawSession::refusesCutShortArdourXml()
{
    QTemporaryDir dir;
    const fs::path file = copyArdourSession(dir);
    const std::string whole = readAll(file);
    // Cut inside <Routes>: the elements opened before the cut are never closed.
    const auto routes = whole.find("<Route version");
    QVERIFY(routes != std::string::npos);
    writeAll(file, whole.substr(0, routes + 2000));
    const auto e = errorOf(file);
    QVERIFY2(e.message.starts_with("is cut short: the XML ends at line "), e.message.c_str());
    QVERIFY2(e.message.find("(truncated file?)") != std::string::npos, e.message.c_str());
    QCOMPARE(e.code, core::ErrorCode::Truncated);
}

void TestDawSession::refusesBillionLaughs()
{
    QTemporaryDir dir;
    const fs::path file = fs::path(dir.path().toStdString()) / "laughs.ardour";
    std::string doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE Session [\n  <!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        doc += "  <!ENTITY lol" + std::to_string(i) + " \"";
        for (int k = 0; k < 10; ++k)
            doc += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
        doc += "\">\n";
    }
    doc += "]>\n<Session name=\"&lol9;\" sample-rate=\"48000\"><Routes/></Session>\n";
    writeAll(file, doc);
    QElapsedTimer timer;
    timer.start();
    const auto e = errorOf(file);
    QVERIFY2(timer.elapsed() < 1000, "refused at once, nothing expanded");
    QVERIFY2(e.message.find("declares the XML entity 'lol' at line 3") != std::string::npos, e.message.c_str());
    QVERIFY(e.message.find("billion laughs") != std::string::npos);
}

void TestDawSession::refusesMalformedAndForeignXml()
{
    QTemporaryDir dir;
    const fs::path root(dir.path().toStdString());
    writeAll(root / "bad.ardour", "<?xml version=\"1.0\"?>\n<Session name=\"x\">\n  <Routes>\n  </Sources>\n</Session>\n");
    auto e = errorOf(root / "bad.ardour");
    QCOMPARE(e.message, std::string("is not well-formed XML: mismatched tag at line 4, column 4"));
    writeAll(root / "page.ardour", "<html><body>not a session</body></html>\n");
    e = errorOf(root / "page.ardour");
    QCOMPARE(e.message, std::string("is XML but not an Ardour session (its root element is <html>, not <Session>)"));
}

void TestDawSession::refusesOverlongTokensAndLines()
{
    QTemporaryDir dir;
    const fs::path root(dir.path().toStdString());
    // A 2 MiB attribute: one token past the 1 MiB limit.
    writeAll(root / "long.ardour", "<?xml version=\"1.0\"?>\n<Session name=\"" + std::string(2u << 20, 'a') + "\"/>\n");
    QElapsedTimer timer;
    timer.start();
    auto e = errorOf(root / "long.ardour");
    QVERIFY2(e.message.starts_with("has one XML token longer than 1 MiB after line 2"), e.message.c_str());
    // A 3 MiB line in a project: refused when the limit passes, not at the end of the line.
    writeAll(root / "long.RPP", "<REAPER_PROJECT 0.1 \"6.80\" 1\n  NAME \"" + std::string(3u << 20, 'x') + "\"\n>\n");
    e = errorOf(root / "long.RPP");
    QCOMPARE(e.message, std::string("has a line longer than 1 MiB at line 2; not a project REAPER writes"));
    QVERIFY2(timer.elapsed() < 1000, "both refused quickly");
}

void TestDawSession::refusesAGigabyteFileAtOnce()
{
    QTemporaryDir dir;
    const fs::path root(dir.path().toStdString());
    // One line of 1 GiB (a sparse file: nothing is written to disk), for each format.
    for (const char* name : {"huge.RPP", "huge.ardour"}) {
        const fs::path file = root / name;
        writeAll(file, std::string(name).ends_with(".RPP") ? "<REAPER_PROJECT 0.1 \"6.80\" 1\n  NAME \""
                                                            : "<?xml version=\"1.0\"?>\n<Session name=\"");
        fs::resize_file(file, std::uintmax_t{1} << 30);
        QElapsedTimer timer;
        timer.start();
        const auto e = errorOf(file);
        QVERIFY2(timer.elapsed() < 500, name);
        QCOMPARE(e.message, std::string("is 1.0 GiB, larger than the 512 MiB a session file may be; not read"));
    }
}

void TestDawSession::refusesNestingTooDeep()
{
    QTemporaryDir dir;
    const fs::path root(dir.path().toStdString());
    std::string xml = "<Session>";
    for (int i = 0; i < 300; ++i)
        xml += "<Route>";
    writeAll(root / "deep.ardour", xml);
    auto e = errorOf(root / "deep.ardour");
    QCOMPARE(e.message, std::string("nests XML elements deeper than 200 levels at line 1"));
    std::string rpp = "<REAPER_PROJECT 0.1 \"6.80\" 1\n";
    for (int i = 0; i < 300; ++i)
        rpp += "<CONTAINER\n";
    writeAll(root / "deep.RPP", rpp);
    e = errorOf(root / "deep.RPP");
    QCOMPARE(e.message, std::string("nests chunks deeper than 200 levels at line 201"));
}

void TestDawSession::refusesCutShortReaperProject()
{
    QTemporaryDir dir;
    const fs::path file = fs::path(dir.path().toStdString()) / "cut.RPP";
    const std::string whole = readAll(kData / "reaper" / "mix.RPP");
    const auto at = whole.find("NAME \"Lead Vox\"");
    QVERIFY(at != std::string::npos);
    writeAll(file, whole.substr(0, at));
    const auto e = errorOf(file);
    QCOMPARE(e.message, std::string("is cut short: the chunk <TRACK opened at line 115 is never closed (truncated file?)"));
    QCOMPARE(e.code, core::ErrorCode::Truncated);
}

void TestDawSession::reportsPathsLeadingOutsideTheSession()
{
    QTemporaryDir dir;
    const fs::path file = copyArdourSession(dir);
    std::string xml = readAll(file);
    replaceOnce(xml, "Source name=\"Take1_Kick-1.wav\"", "Source name=\"../../../../../../etc/passwd\"");
    replaceOnce(xml, "Source name=\"Take1_Bass DI-1.wav\"", "Source name=\"/etc/hostname\"");
    writeAll(file, xml);
    // A link inside the session's own folder that leads out of it.
    const fs::path take = file.parent_path() / "interchange" / "ardour7-song" / "audiofiles" / "Take1_Guitar L-1.wav";
    fs::remove(take);
    fs::create_symlink("/etc/hostname", take);

    auto r = core::readDawSession(file);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    const auto* kick = trackNamed(r.value(), "Kick");
    QCOMPARE(kick->files[0].path, std::string("../../../../../../etc/passwd"));
    QVERIFY(kick->files[0].outside);
    QVERIFY(!kick->files[0].exists);
    const auto* bass = trackNamed(r.value(), "Bass DI");
    QCOMPARE(bass->files[0].resolved, fs::path("/etc/hostname"));
    QVERIFY(bass->files[0].outside);
    QVERIFY(!bass->files[0].exists);
    const auto* gtr = trackNamed(r.value(), "Guitar L");
    QVERIFY(gtr->files[0].outside);
    QVERIFY(!gtr->files[0].exists);
    const auto* vox = trackNamed(r.value(), "Lead Vox");
    QVERIFY(!vox->files[0].outside && vox->files[0].exists);
    QCOMPARE(r->warnings.size(), std::size_t{3});
    QCOMPARE(r->warnings[0],
             std::string("track 'Kick': the file '../../../../../../etc/passwd' lies outside the session folder; not opened"));
    QCOMPARE(r->warnings[1], std::string("track 'Bass DI': the file '/etc/hostname' lies outside the session folder; not opened"));
    QCOMPARE(r->warnings[2],
             std::string("track 'Guitar L': the file 'Take1_Guitar L-1.wav' lies outside the session folder; not opened"));
}

void TestDawSession::refusesWhatIsNoSessionFile()
{
    QTemporaryDir dir;
    const fs::path root(dir.path().toStdString());
    QCOMPARE(errorOf(root / "missing.ardour").code, core::ErrorCode::NoSuchFile);
    QCOMPARE(errorOf(root).code, core::ErrorCode::IsFolder);
    writeAll(root / "empty.RPP", "");
    QCOMPARE(errorOf(root / "empty.RPP").code, core::ErrorCode::EmptyFile);
    writeAll(root / "notes.txt", "hello\n");
    QCOMPARE(errorOf(root / "notes.txt").message, std::string("is neither an Ardour session (.ardour) nor a REAPER project (.RPP)"));
    writeAll(root / "song.RPP", "RIFF....WAVE");
    QCOMPARE(errorOf(root / "song.RPP").message, std::string("is not a REAPER project: it does not begin with <REAPER_PROJECT"));
    writeAll(root / "two.RPP", "<REAPER_PROJECT 0.1 \"6.80\" 1\n>\n<REAPER_PROJECT 0.1\n>\n");
    QCOMPARE(errorOf(root / "two.RPP").message, std::string("has text after its project chunk closed, at line 3"));
    const fs::path fifo = root / "pipe.RPP";
    QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
    QCOMPARE(errorOf(fifo).code, core::ErrorCode::NotRegularFile);  // never opened: a pipe could block forever
}

void TestDawSession::followsACompoundRegionToItsFiles()
{
    // Kick's region made into a compound one, as Ardour writes it (PlaylistSource::add_state:
    // a <Source> with a playlist id and the combined regions' <Playlist> inside it), holding
    // the Kick take and the Bass take; and a source that contains itself.
    QTemporaryDir dir;
    const fs::path file = copyArdourSession(dir);
    std::string xml = readAll(file);
    replaceOnce(xml, "</Sources>",
                "  <Source name=\"Kick compound\" type=\"audio\" flags=\"\" id=\"7001\" playlist=\"7002\" offset=\"a0\" "
                "length=\"a0\" original=\"7001\" channel=\"0\">\n"
                "      <Playlist id=\"7002\" name=\"Kick.1\" type=\"audio\" orig-track-id=\"121\">\n"
                "        <Region name=\"a\" source-0=\"185\" master-source-0=\"185\" channels=\"1\"/>\n"
                "        <Region name=\"b\" source-0=\"271\" master-source-0=\"271\" channels=\"1\"/>\n"
                "        <Region name=\"loop\" source-0=\"7003\" channels=\"1\"/>\n"
                "      </Playlist>\n    </Source>\n"
                "    <Source name=\"Loop\" type=\"audio\" id=\"7003\" playlist=\"7004\"><Playlist id=\"7004\">"
                "<Region name=\"again\" source-0=\"7003\"/></Playlist></Source>\n  </Sources>");
    // The Kick playlist's region plays the compound source instead of the take.
    const auto kickPlaylist = xml.find("<Playlist id=\"183\"");
    QVERIFY(kickPlaylist != std::string::npos);
    const auto sourceAttr = xml.find("source-0=\"185\"", kickPlaylist);
    QVERIFY(sourceAttr != std::string::npos);
    xml.replace(sourceAttr, std::string("source-0=\"185\"").size(), "source-0=\"7001\"");
    writeAll(file, xml);
    auto r = core::readDawSession(file);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    const auto* kick = trackNamed(r.value(), "Kick");
    QCOMPARE(kick->files.size(), std::size_t{2});
    QCOMPARE(kick->files[0].path, std::string("Take1_Kick-1.wav"));
    QCOMPARE(kick->files[1].path, std::string("Take1_Bass DI-1.wav"));
    QVERIFY(kick->files[0].exists && kick->files[1].exists);
    QVERIFY(r->warnings.empty());
}

void TestDawSession::opensASessionFileLikeAFolder()
{
    const fs::path session = kData / "ardour7-song" / "ardour7-song.ardour";
    const fs::path audio = fs::absolute(kData / "ardour7-song" / "interchange" / "ardour7-song" / "audiofiles").lexically_normal();
    // The session, and one of its takes named again directly: listed once, mapped to its track.
    const auto c = core::collectSessionFiles({session, audio / "Take1_Kick-1.wav"});
    QVERIFY(c.errors.empty());
    const std::vector<std::pair<std::string, std::string>> expected{
        {"Take1_Kick-1.wav", "Kick"},         {"Take1_Bass DI-1.wav", "Bass DI"},    {"Take1_Lead Vox-1.wav", "Lead Vox"},
        {"Take1_Guitar L-1.wav", "Guitar L"}, {"Take1_Keys-1%L.wav", "Keys"},        {"Take1_Keys-1%R.wav", "Keys"}};
    QCOMPARE(c.files.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(c.files[i], audio / expected[i].first);
        const auto it = c.context.find(c.files[i]);
        QVERIFY(it != c.context.end());
        QCOMPARE(it->second->track.name, expected[i].second);
        QCOMPARE(it->second->sessionName, std::string("ardour7-song"));
    }
    QCOMPARE(c.context.at(audio / "Take1_Keys-1%L.wav").get(), c.context.at(audio / "Take1_Keys-1%R.wav").get());
    QVERIFY(std::abs(c.context.at(audio / "Take1_Lead Vox-1.wav")->track.gainDb - 2.5) < 1e-5);
    QVERIFY(core::isDawSessionFile("Song.RPP") && core::isDawSessionFile("a.ardour") && !core::isDawSessionFile("a.wav"));
}

void TestDawSession::namesTheTrackOfAMissingOrOutsideFile()
{
    QTemporaryDir dir;
    const fs::path folder = fs::path(dir.path().toStdString());
    fs::copy_file(kData / "reaper" / "mix.RPP", folder / "mix.RPP");
    writeAll(folder / "Audio" / "kick in.wav", "RIFF");
    writeAll(folder / "stray.wav", "RIFF");
    const auto c = core::collectSessionFiles({folder / "mix.RPP", folder / "broken.RPP", folder / "stray.wav"});
    QCOMPARE(c.files, (std::vector<fs::path>{folder / "Audio" / "kick in.wav", folder / "stray.wav"}));
    QCOMPARE(c.context.size(), std::size_t{1});
    QStringList errors;
    for (const auto& e : c.errors)
        errors << QString::fromStdString(e.path.string() + ": " + e.error);
    const QString root = QString::fromStdString(folder.string());
    QCOMPARE(errors, (QStringList{
        root + QStringLiteral("/broken.RPP: no such file"),
        QStringLiteral("C:\\Users\\me\\Samples\\snare.wav: played by the track 'Snare Top' of mix.RPP, but outside the session's folder: not opened"),
        root + QStringLiteral("/Audio/snare top.wav: played by the track 'Snare Top' of mix.RPP, but missing"),
        root + QStringLiteral("/Audio/Lead Vox.wav: played by the track 'Lead Vox' of mix.RPP, but missing"),
        QStringLiteral("/mnt/elsewhere/bass.wav: played by the track 'Bass \"Big\" 'DI'' of mix.RPP, but outside the session's folder: not opened"),
        QStringLiteral("../../../outside.flac: played by the track 'Bass \"Big\" 'DI'' of mix.RPP, but outside the session's folder: not opened")}));
}

void TestDawSession::mapsABounceFolderByName()
{
    // The project's own files are missing; its stems were bounced into a folder, named after
    // the tracks in the ways renders name them.
    QTemporaryDir dir;
    const fs::path folder = fs::path(dir.path().toStdString());
    fs::copy_file(kData / "reaper" / "mix.RPP", folder / "mix.RPP");
    for (const char* f : {"kick_in.wav", "Song - Lead Vox.wav", "GUITAR CRUNCH.flac", "Room mics.wav"})
        writeAll(folder / "bounces" / f, "RIFF");
    const auto c = core::collectSessionFiles({folder / "mix.RPP", folder / "bounces"});
    QCOMPARE(c.files.size(), std::size_t{4});
    auto trackOf = [&](const char* file) -> std::string {
        const auto it = c.context.find(folder / "bounces" / file);
        if (it == c.context.end())
            return "(none)";
        return it->second->track.name + (it->second->byName ? " by name" : "");
    };
    QCOMPARE(trackOf("kick_in.wav"), std::string("Kick In by name"));
    QCOMPARE(trackOf("Song - Lead Vox.wav"), std::string("Lead Vox by name"));
    QCOMPARE(trackOf("GUITAR CRUNCH.flac"), std::string("Guitar \"Crunch\" by name"));
    QCOMPARE(trackOf("Room mics.wav"), std::string("(none)"));  // no track of that name
    QVERIFY(std::abs(c.context.at(folder / "bounces" / "Song - Lead Vox.wav")->track.gainDb - db(0.5)) < 1e-9);
    // The bounced tracks' own files are no longer missing; the others' still are.
    QStringList errors;
    for (const auto& e : c.errors)
        errors << QString::fromStdString(e.error);
    QCOMPARE(errors.size(), 4);
    for (const QString& e : errors)
        QVERIFY2(e.contains(QLatin1String("'Snare Top'")) || e.contains(QLatin1String("'Bass")), qPrintable(e));
}

void TestDawSession::opensTheDawsOwnFolderAsItsSession()
{
    // Ardour's session folder holds no audio of its own: it stands for its session file.
    const auto c = core::collectSessionFiles({kData / "ardour7-song"});
    QVERIFY(c.errors.empty());
    QCOMPARE(c.files.size(), std::size_t{6});
    QCOMPARE(c.context.size(), std::size_t{6});
    QCOMPARE(c.context.begin()->second->sessionFile, kData / "ardour7-song" / "ardour7-song.ardour");

    QTemporaryDir dir;
    const fs::path root(dir.path().toStdString());
    // Beside a snapshot, the session file named like the folder.
    writeAll(root / "song" / "song.ardour", "<Session/>");
    writeAll(root / "song" / "before mixing.ardour", "<Session/>");
    writeAll(root / "song" / "song.ardour.bak", "<Session/>");
    QCOMPARE(core::sessionFileIn(root / "song"), std::optional<fs::path>(root / "song" / "song.ardour"));
    // Two projects, neither named like the folder: none is chosen.
    writeAll(root / "two" / "a.RPP", "<REAPER_PROJECT\n>\n");
    writeAll(root / "two" / "b.RPP", "<REAPER_PROJECT\n>\n");
    QVERIFY(!core::sessionFileIn(root / "two"));
    // A folder of stems that also holds a project stays a folder of stems.
    writeAll(root / "stems" / "mix.RPP", "<REAPER_PROJECT\n>\n");
    writeAll(root / "stems" / "Kick.wav", "RIFF");
    QVERIFY(!core::sessionFileIn(root / "stems"));
    const auto stems = core::collectSessionFiles({root / "stems"});
    QCOMPARE(stems.files, std::vector<fs::path>{root / "stems" / "Kick.wav"});
    QVERIFY(stems.context.empty());
}

QTEST_GUILESS_MAIN(TestDawSession)
#include "tst_dawsession.moc"
