// The catalogue of core's texts (see util/text.h for the design): one line per TextCode,
//   STEMWISE_TEXT(Code, "stable.id", argument count, QT_TRANSLATE_NOOP("CoreText", "English template"))
//   STEMWISE_TEXT_N(…, QT_TRANSLATE_N_NOOP("CoreText", "%n template"), "English one", "English other")
// %1…%n are the arguments in order (Qt's numbering; a translation may reorder them), %n the
// count of a template with plural forms. The id is what stored suggestions keep: never reuse
// or rename one. The template is the English the CLI and the JSON print and the source text
// the UI's translations are keyed by: rewording one is a change of both (then run the
// update_translations target and translate the new wording).
// Included twice on purpose by text.h and textcatalogue.cpp (no include guard); lupdate reads
// it as a source of the "CoreText" context (ui/CMakeLists.txt).
// clang-format off

// ---- issues (analysis/issuedetector.cpp) --------------------------------------------------
STEMWISE_TEXT(IssueTruncated, "issue.truncated", 1, QT_TRANSLATE_NOOP("CoreText", "The file is cut short: its header promises %1 s more audio than it holds. Re-export it."))
STEMWISE_TEXT(IssueTruncatedUnknown, "issue.truncated_unknown", 0, QT_TRANSLATE_NOOP("CoreText", "The file is cut short: its end is missing, so how much audio is lost cannot be told (a partial download or an interrupted export). What is there was analysed. Re-export it."))
STEMWISE_TEXT(IssueNonFiniteSamples, "issue.non_finite_samples", 1, QT_TRANSLATE_NOOP("CoreText", "%1 samples are not numbers (NaN or infinity) or lie beyond +120 dBFS, which no recording reaches; they were analysed as silence. A plug-in in the export chain misbehaved, or the file is damaged."))
STEMWISE_TEXT(IssueSilent, "issue.silent", 0, QT_TRANSLATE_NOOP("CoreText", "The track is digital silence: every sample is zero."))
STEMWISE_TEXT(IssueNearSilent, "issue.near_silent", 1, QT_TRANSLATE_NOOP("CoreText", "The track is nearly silent: its loudest sample is %1 dBFS. Was the wrong track bounced?"))
STEMWISE_TEXT(IssueClipping, "issue.clipping", 2, QT_TRANSLATE_NOOP("CoreText", "The track clips: %1 samples in %2 places sit at or beyond full scale. Lower the level before the export (or the clipping plug-in) and bounce again."))
STEMWISE_TEXT(IssueTruePeakOver, "issue.true_peak_over", 1, QT_TRANSLATE_NOOP("CoreText", "Inter-sample peaks reach %1 dBTP: the waveform between samples goes over full scale and will clip in D/A converters and lossy encoders."))
STEMWISE_TEXT(IssueNoHeadroom, "issue.no_headroom", 1, QT_TRANSLATE_NOOP("CoreText", "The stem peaks at %1 dBTP, leaving no headroom for the mix bus."))
STEMWISE_TEXT(IssueDcOffset, "issue.dc_offset", 2, QT_TRANSLATE_NOOP("CoreText", "DC offset of %1 of full scale (%2 dBFS): remove it with a high-pass filter at a few Hz."))
STEMWISE_TEXT(IssueTooHot, "issue.too_hot", 3, QT_TRANSLATE_NOOP("CoreText", "At %1 LUFS integrated the track is hotter than %2 tracks usually sit (above %3 LUFS): turn it down before the mix bus."))
STEMWISE_TEXT(IssueTooQuiet, "issue.too_quiet", 1, QT_TRANSLATE_NOOP("CoreText", "At %1 LUFS integrated the track is very quiet: raise it at the source to keep it above the noise floor."))
STEMWISE_TEXT(IssueExcessSub, "issue.excess_sub", 2, QT_TRANSLATE_NOOP("CoreText", "%1 % of the energy lies below 60 Hz (typical: under %2 %): rumble or unneeded sub that eats headroom; consider a high-pass filter."))
STEMWISE_TEXT(IssueMud, "issue.mud", 2, QT_TRANSLATE_NOOP("CoreText", "Low-mid build-up: %1 % of the energy lies in 250–500 Hz (typical: under %2 %), which sounds muddy and masks other tracks."))
STEMWISE_TEXT(IssueHarshness, "issue.harshness", 2, QT_TRANSLATE_NOOP("CoreText", "%1 % of the energy lies in 2–4 kHz (typical: under %2 %): likely harsh or fatiguing."))
STEMWISE_TEXT(IssueSibilance, "issue.sibilance", 2, QT_TRANSLATE_NOOP("CoreText", "Sibilance: %1 % of the sung or spoken frames are dominated by 4.5–10 kHz, peaking near %2 Hz."))
//: %1 correlation, %2 a clause on the low band (", -0.80 between 60 and 120 Hz") or nothing, %3 dB
STEMWISE_TEXT(IssuePhaseCorrelation, "issue.phase_correlation", 3, QT_TRANSLATE_NOOP("CoreText", "One channel looks polarity-inverted (correlation %1%2): the track thins out or vanishes in mono (it loses %3 dB). Check the polarity of one channel, or the stereo widener."))
//: %1 correlation, %2 and %3 the band's edges
STEMWISE_TEXT(IssueInvertedLowBand, "issue.phase_correlation.low_band", 3, QT_TRANSLATE_NOOP("CoreText", ", %1 between %2 and %3 Hz"))
STEMWISE_TEXT(IssueWideDecorrelated, "issue.mono_compatibility.wide", 2, QT_TRANSLATE_NOOP("CoreText", "Wide and decorrelated (correlation %1), not inverted: summed to mono it loses %2 dB. Check it in mono."))
//: %1 how many samples, %2 the highest sample in dBFS
STEMWISE_TEXT(IssueOverFullScale, "issue.over_full_scale", 2, QT_TRANSLATE_NOOP("CoreText", "%1 samples reach beyond full scale (up to %2 dBFS). The float file keeps them intact, so nothing is clipped; trim the stem before any fixed-point export."))
STEMWISE_TEXT(IssueMonoCompatibility, "issue.mono_compatibility", 1, QT_TRANSLATE_NOOP("CoreText", "Summed to mono the track loses %1 dB: parts of it cancel."))
STEMWISE_TEXT(IssueLowEndPhase, "issue.low_end_phase", 3, QT_TRANSLATE_NOOP("CoreText", "The low end is not mono-compatible: correlation %1 between %2 Hz and %3 Hz. Keep the sub and bass region (close to) mono."))
STEMWISE_TEXT(IssueResonance, "issue.resonance", 3, QT_TRANSLATE_NOOP("CoreText", "A narrow resonance at %1 Hz stands %2 dB above the spectrum around it (Q %3)."))
STEMWISE_TEXT(IssueLeadingSilence, "issue.leading_silence", 1, QT_TRANSLATE_NOOP("CoreText", "%1 s of silence before the music starts."))
STEMWISE_TEXT(IssueTrailingSilence, "issue.trailing_silence", 1, QT_TRANSLATE_NOOP("CoreText", "%1 s of silence at the end: the export runs longer than the audio."))
//: %1 the type the name gives, %2 the type the audio suggests, %3 how sure the audio is, in %
STEMWISE_TEXT(IssueTypeMismatch, "issue.type_mismatch", 3, QT_TRANSLATE_NOOP("CoreText", "Named as %1, but it sounds like %2 (the audio is %3 % sure). Check that the right file was bounced, or set the type by hand."))
STEMWISE_TEXT(IssueOverCompressed, "issue.over_compressed", 2, QT_TRANSLATE_NOOP("CoreText", "A crest factor of %1 dB (typical: at least %2 dB) leaves little punch: the track may be over-compressed or limited."))

// ---- the quality score's lines (analysis/qualityscore.cpp) ---------------------------------
STEMWISE_TEXT(ScoreStart, "score.start", 0, QT_TRANSLATE_NOOP("CoreText", "starting score"))
//: %1 the issue's severity ("high"), %2 the issue ("clipping")
STEMWISE_TEXT(ScoreIssue, "score.issue", 2, QT_TRANSLATE_NOOP("CoreText", "%1 issue: %2"))
STEMWISE_TEXT(ScoreHealthyPlr, "score.healthy_plr", 0, QT_TRANSLATE_NOOP("CoreText", "healthy dynamics (PLR 8–14 dB)"))
STEMWISE_TEXT(ScoreHealthyCrest, "score.healthy_crest", 0, QT_TRANSLATE_NOOP("CoreText", "healthy dynamics (crest factor)"))
STEMWISE_TEXT(ScoreHealthyHeadroomMix, "score.healthy_headroom_mix", 0, QT_TRANSLATE_NOOP("CoreText", "healthy headroom (true peak −1.5 to −0.5 dBTP)"))
STEMWISE_TEXT(ScoreHealthyHeadroomStem, "score.healthy_headroom_stem", 0, QT_TRANSLATE_NOOP("CoreText", "healthy headroom (true peak −6 to −1 dBTP)"))

// ---- what decided a pattern tag (analysis/derivedfigures.cpp) ------------------------------
STEMWISE_TEXT(PatternSilentPeak, "pattern.silent_peak", 2, QT_TRANSLATE_NOOP("CoreText", "peak %1 dBFS (below %2 dBFS)"))
STEMWISE_TEXT(PatternSilentZero, "pattern.silent_zero", 0, QT_TRANSLATE_NOOP("CoreText", "every sample is zero"))
STEMWISE_TEXT(PatternRhythmic, "pattern.rhythmic", 3, QT_TRANSLATE_NOOP("CoreText", "tempo %1 BPM, confidence %2 (>= %3)"))
STEMWISE_TEXT(PatternPercussive, "pattern.percussive", 4, QT_TRANSLATE_NOOP("CoreText", "%1 strong transients/s (>= %2), crest factor %3 dB (>= %4)"))
STEMWISE_TEXT(PatternSustained, "pattern.sustained", 2, QT_TRANSLATE_NOOP("CoreText", "%1 strong transients/s (< %2)"))
STEMWISE_TEXT(PatternTonalPitch, "pattern.tonal_pitch", 2, QT_TRANSLATE_NOOP("CoreText", "clear pitch in %1 % of the frames (>= %2 %)"))
STEMWISE_TEXT(PatternTonalness, "pattern.tonalness", 2, QT_TRANSLATE_NOOP("CoreText", "tonalness %1 (>= %2)"))

// ---- what a figure was compared with (Evidence::comparison) --------------------------------
//: a threshold: %1 a value with its unit
//: %1 the comparison ("> 0.05"), %2 the type the audio suggests, %3 how sure it is (0–1)
STEMWISE_TEXT(CmpTypeUncertain, "cmp.type_uncertain", 3, QT_TRANSLATE_NOOP("CoreText", "%1 (type uncertain: the audio suggests %2, confidence %3; general ranges)"))
STEMWISE_TEXT(CmpAbove, "cmp.above", 1, QT_TRANSLATE_NOOP("CoreText", "> %1"))
STEMWISE_TEXT(CmpAtLeast, "cmp.at_least", 1, QT_TRANSLATE_NOOP("CoreText", ">= %1"))
STEMWISE_TEXT(CmpBelow, "cmp.below", 1, QT_TRANSLATE_NOOP("CoreText", "< %1"))
STEMWISE_TEXT(CmpAtMost, "cmp.at_most", 1, QT_TRANSLATE_NOOP("CoreText", "<= %1"))
STEMWISE_TEXT(CmpMagnitudeAtLeast, "cmp.magnitude_at_least", 1, QT_TRANSLATE_NOOP("CoreText", "|x| >= %1"))
STEMWISE_TEXT(CmpMagnitudeAtMost, "cmp.magnitude_at_most", 1, QT_TRANSLATE_NOOP("CoreText", "|x| <= %1"))
//: a range of frequencies: %1 and %2 numbers
STEMWISE_TEXT(CmpRangeHz, "cmp.range_hz", 2, QT_TRANSLATE_NOOP("CoreText", "%1–%2 Hz"))
STEMWISE_TEXT(CmpNoSampleAboveZero, "cmp.no_sample_above_zero", 0, QT_TRANSLATE_NOOP("CoreText", "no sample above 0"))
//: a span of values: %1 and %2 with the unit of the second ("-20…-14 LUFS")
STEMWISE_TEXT(CmpSpan, "cmp.span", 2, QT_TRANSLATE_NOOP("CoreText", "%1…%2"))
//: %1 a threshold ("> 0.05"), %2 a track type
STEMWISE_TEXT(CmpTypical, "cmp.typical", 2, QT_TRANSLATE_NOOP("CoreText", "%1 (typical %2)"))
//: %1 a threshold in dB ("> -20 dB"), %2 a frequency: the share of the energy below it
STEMWISE_TEXT(CmpShareBelowFrequency, "cmp.share_below_frequency", 2, QT_TRANSLATE_NOOP("CoreText", "%1 below %2"))
STEMWISE_TEXT(CmpCornerBelowF0, "cmp.corner_below_f0", 1, QT_TRANSLATE_NOOP("CoreText", "corner %1 ≤ 0.8 × f0"))
STEMWISE_TEXT(CmpTypeDefault, "cmp.type_default", 0, QT_TRANSLATE_NOOP("CoreText", "type default (no pitch measured)"))
STEMWISE_TEXT(CmpPeaksBelowMinus6, "cmp.peaks_below_minus_6", 0, QT_TRANSLATE_NOOP("CoreText", "peaks stay below -6 dBTP"))
STEMWISE_TEXT(CmpAboveSurround, "cmp.above_surround", 0, QT_TRANSLATE_NOOP("CoreText", ">= 6 dB above the surround (f/1.5…1.5f median)"))
STEMWISE_TEXT(CmpLoudestThird, "cmp.loudest_third", 0, QT_TRANSLATE_NOOP("CoreText", "loudest third of an octave in the band"))
STEMWISE_TEXT(CmpThresholdFromHere, "cmp.threshold_from_here", 0, QT_TRANSLATE_NOOP("CoreText", "threshold from here"))
STEMWISE_TEXT(CmpThresholdNotBelow, "cmp.threshold_not_below", 0, QT_TRANSLATE_NOOP("CoreText", "threshold not below"))
STEMWISE_TEXT(CmpAttack, "cmp.attack", 0, QT_TRANSLATE_NOOP("CoreText", "attack"))
STEMWISE_TEXT(CmpRelease, "cmp.release", 0, QT_TRANSLATE_NOOP("CoreText", "release"))
//: %1 the DAW ("Ardour"), %2 the plug-ins on the track's channel in its session ("ACE EQ")
STEMWISE_TEXT(CmpOnDawChannel, "cmp.on_daw_channel", 2, QT_TRANSLATE_NOOP("CoreText", "on the channel in the %1 session: %2"))
//: the stereo verdict's rule for an inverted channel: %1 correlation, %2 dB, %3 correlation
STEMWISE_TEXT(CmpInvertedRule, "cmp.inverted_rule", 3, QT_TRANSLATE_NOOP("CoreText", "<= %1 with a mono loss >= %2, or a low band <= %3"))
//: %1 a correlation, %2 and %3 the band's edges
STEMWISE_TEXT(CmpAtMostBetween, "cmp.at_most_between", 3, QT_TRANSLATE_NOOP("CoreText", "<= %1 between %2 and %3 Hz"))
STEMWISE_TEXT(CmpNotInvertedWide, "cmp.not_inverted_wide", 2, QT_TRANSLATE_NOOP("CoreText", "> %1 (not inverted), < %2 (wide)"))
STEMWISE_TEXT(CmpSpanWide, "cmp.span_wide", 2, QT_TRANSLATE_NOOP("CoreText", "%1…%2 (wide)"))
//: %1 dB
STEMWISE_TEXT(CmpMonoLossOrNegative, "cmp.mono_loss_or_negative", 1, QT_TRANSLATE_NOOP("CoreText", "> %1 or correlation < 0"))
STEMWISE_TEXT(CmpAboveZeroFloat, "cmp.above_zero_float", 0, QT_TRANSLATE_NOOP("CoreText", "> 0 (float file)"))
//: %1 a percentage, %2 how many note groups
STEMWISE_TEXT(CmpShareOfNoteGroups, "cmp.share_of_note_groups", 2, QT_TRANSLATE_NOOP("CoreText", ">= %1 % of %2 note groups"))
STEMWISE_TEXT(CmpLowShare, "cmp.low_share", 0, QT_TRANSLATE_NOOP("CoreText", "> 0.10 below 250 Hz"))
//: %1 the DAW ("Ardour")
STEMWISE_TEXT(CmpFadersFromDaw, "cmp.faders_from_daw", 1, QT_TRANSLATE_NOOP("CoreText", "fader gains and pans from the %1 session"))
STEMWISE_TEXT(CmpUpperBoundFromStems, "cmp.upper_bound_from_stems", 0, QT_TRANSLATE_NOOP("CoreText", "upper bound from the stems"))
//: %1 the comparison ("> 0.31"), %2 and %3 the references' 10th and 90th percentiles, %4 how many references
STEMWISE_TEXT(CmpOutsideReferences, "cmp.outside_references", 4, QT_TRANSLATE_NOOP("CoreText", "%1: outside 90 % of your references (10–90 %: %2 to %3, %4 references)"))
//: %1 the reasoning before, %2 how many references (3 or more)
STEMWISE_TEXT(SuggestWhyFromReferences, "suggest.why_from_references", 2, QT_TRANSLATE_NOOP("CoreText", "%1 The limit is the 90th percentile of your %2 references, not a typical mix's."))
//: %1 the reasoning before, %2 how many references (3 or more), %3 their genre ("pop")
STEMWISE_TEXT(SuggestWhyFromGenreReferences, "suggest.why_from_genre_references", 3, QT_TRANSLATE_NOOP("CoreText", "%1 The limit is the 90th percentile of your %2 %3 references, not a typical mix's."))

// ---- suggestions of one track (suggest/trackrules.cpp) -------------------------------------
//: %1 track, %2 dB
STEMWISE_TEXT(SuggestLowerStemTitle, "suggest.stem_level.lower.title", 2, QT_TRANSLATE_NOOP("CoreText", "Lower %1 by %2 dB before it reaches the mix bus"))
//: %1 dB, %2 LUFS
STEMWISE_TEXT(SuggestLowerStemHow, "suggest.stem_level.lower.how", 2, QT_TRANSLATE_NOOP("CoreText", "Trim the clip or the first insert by %1 dB so the stem peaks near -6 dBTP and sits around %2 LUFS, leaving headroom for processing and the bus."))
//: %1 true peak, %2 loudness, %3 track type, %4…%5 the type's window in LUFS
STEMWISE_TEXT(SuggestLowerStemWhy, "suggest.stem_level.lower.why", 5, QT_TRANSLATE_NOOP("CoreText", "The stem peaks at %1 dBTP and measures %2 LUFS; %3 stems are best staged at %4…%5 LUFS with peaks below -6 dBTP."))
STEMWISE_TEXT(SuggestRaiseStemTitle, "suggest.stem_level.raise.title", 2, QT_TRANSLATE_NOOP("CoreText", "Raise %1 by %2 dB"))
STEMWISE_TEXT(SuggestRaiseStemHow, "suggest.stem_level.raise.how", 0, QT_TRANSLATE_NOOP("CoreText", "Raise the clip gain (not the fader) so plug-ins see a healthy level."))
//: %1 loudness, %2…%3 the type's window in LUFS, %4 track type, %5 true peak, %6 dB of room
STEMWISE_TEXT(SuggestRaiseStemWhy, "suggest.stem_level.raise.why", 6, QT_TRANSLATE_NOOP("CoreText", "At %1 LUFS the stem is below the %2…%3 LUFS window of %4 stems; its true peak (%5 dBTP) leaves room for %6 dB."))
//: %1 track, %2 frequency, %3 slope
STEMWISE_TEXT(SuggestHighPassTitle, "suggest.high_pass.title", 3, QT_TRANSLATE_NOOP("CoreText", "High-pass %1 at %2, %3 dB/oct"))
STEMWISE_TEXT(SuggestHighPassHowNote, "suggest.high_pass.how_note", 2, QT_TRANSLATE_NOOP("CoreText", "A %1 dB/octave high-pass at %2 removes what lies below the part without touching its lowest note."))
STEMWISE_TEXT(SuggestHighPassHowContent, "suggest.high_pass.how_content", 2, QT_TRANSLATE_NOOP("CoreText", "A %1 dB/octave high-pass at %2 removes what lies below the part without touching its lowest useful content."))
//: %1 percent below the corner %2, %3 share below 60 Hz, %4 track type, %5 its usual most; %6 and %7 clauses that follow
STEMWISE_TEXT(SuggestHighPassWhy, "suggest.high_pass.why", 7, QT_TRANSLATE_NOOP("CoreText", "%1 % of the energy lies below %2 (%3 of it below 60 Hz; typical %4: under %5)%6%7."))
STEMWISE_TEXT(SuggestHighPassWhyNote, "suggest.high_pass.why_note", 1, QT_TRANSLATE_NOOP("CoreText", "; the lowest note sits at %1, so the corner stays below it"))
//: %1 track type (as the type's id), %2 frequency
STEMWISE_TEXT(SuggestHighPassWhyType, "suggest.high_pass.why_type", 2, QT_TRANSLATE_NOOP("CoreText", "; %1 rarely have useful content below %2"))
STEMWISE_TEXT(SuggestHighPassWhyRumble, "suggest.high_pass.why_rumble", 1, QT_TRANSLATE_NOOP("CoreText", "; the rumble peaks near %1"))
//: %1 dB, %2 frequency, %3 Q, %4 track
STEMWISE_TEXT(SuggestCutTitle, "suggest.cut.title", 4, QT_TRANSLATE_NOOP("CoreText", "Cut %1 dB at %2 (Q %3) on %4"))
STEMWISE_TEXT(SuggestResonanceCutHow, "suggest.resonance_cut.how", 1, QT_TRANSLATE_NOOP("CoreText", "A narrow bell cut at the resonance; sweep ±5 % around %1 to centre it by ear."))
STEMWISE_TEXT(SuggestResonanceCutWhy, "suggest.resonance_cut.why", 4, QT_TRANSLATE_NOOP("CoreText", "A resonance at %1 Hz stands %2 dB above the spectrum around it, with Q %3 (-3 dB width %4 Hz); it rings through the whole track."))
//: %1 to %4 as in the resonance's reason above, %5 note groups where it stands out, of %6
STEMWISE_TEXT(SuggestResonanceCutWhyNotes, "suggest.resonance_cut.why_notes", 6, QT_TRANSLATE_NOOP("CoreText", "A resonance at %1 Hz stands %2 dB above the spectrum around it, with Q %3 (-3 dB width %4 Hz); it rings through the whole track and stays put while the notes change: it stands out in %5 of the %6 note groups, so it is not a played note."))
//: %1 dB, %2 frequency, %3 Q, %4 track
STEMWISE_TEXT(SuggestBoostTitle, "suggest.boost.title", 4, QT_TRANSLATE_NOOP("CoreText", "Boost %1 dB at %2 (Q %3) on %4"))
STEMWISE_TEXT(SuggestBumpCutHow, "suggest.tonal_bump_cut.how", 0, QT_TRANSLATE_NOOP("CoreText", "A bell cut of the bump's width undoes it; sweep around the centre by ear."))
STEMWISE_TEXT(SuggestDipBoostHow, "suggest.tonal_dip_boost.how", 0, QT_TRANSLATE_NOOP("CoreText", "A gentle bell boost fills the dip; if it only brings up noise, leave it."))
//: %1 dB, %2 frequency, %3 Q, %4 how many note groups
STEMWISE_TEXT(SuggestBumpWhyNotes, "suggest.tonal_bump_cut.why_notes", 4, QT_TRANSLATE_NOOP("CoreText", "The spectral envelope bulges %1 dB at %2 (Q %3, from its half-gain width) against its trend an octave either side, in the median of the %4 note groups: it stays put while the notes change, as an EQ, a room or a mic does."))
STEMWISE_TEXT(SuggestDipWhyNotes, "suggest.tonal_dip_boost.why_notes", 4, QT_TRANSLATE_NOOP("CoreText", "The spectral envelope sags %1 dB at %2 (Q %3, from its half-gain width) against its trend an octave either side, in the median of the %4 note groups: it stays put while the notes change, as an EQ, a room or a mic does."))
//: %1 dB, %2 frequency, %3 Q
STEMWISE_TEXT(SuggestBumpWhyWhole, "suggest.tonal_bump_cut.why_whole", 3, QT_TRANSLATE_NOOP("CoreText", "The spectral envelope bulges %1 dB at %2 (Q %3, from its half-gain width) against its trend an octave either side, over the whole track (one note group: no note changes to tell it from the part by)."))
STEMWISE_TEXT(SuggestDipWhyWhole, "suggest.tonal_dip_boost.why_whole", 3, QT_TRANSLATE_NOOP("CoreText", "The spectral envelope sags %1 dB at %2 (Q %3, from its half-gain width) against its trend an octave either side, over the whole track (one note group: no note changes to tell it from the part by)."))
//: %1 dB, %2 frequency, %3 Q, %4 how many note groups
STEMWISE_TEXT(SuggestFittedBumpWhy, "suggest.tonal_bump_cut.why_fitted", 4, QT_TRANSLATE_NOOP("CoreText", "The spectral envelope bulges %1 dB at %2 in the shape of a bell of Q %3 fitted over the line it follows around it, in the median of its %4 note groups: an EQ's shape, which stays put while the notes change."))
STEMWISE_TEXT(SuggestFittedDipWhy, "suggest.tonal_dip_boost.why_fitted", 4, QT_TRANSLATE_NOOP("CoreText", "The spectral envelope sags %1 dB at %2 in the shape of a bell of Q %3 fitted over the line it follows around it, in the median of its %4 note groups: an EQ's shape, which stays put while the notes change."))
//: %1 dB, %2 frequency (the shelf's midpoint), %3 track
STEMWISE_TEXT(SuggestHighShelfCutTitle, "suggest.tonal_shelf_cut.title_high", 3, QT_TRANSLATE_NOOP("CoreText", "Cut %1 dB above %2 with a high shelf on %3"))
STEMWISE_TEXT(SuggestLowShelfCutTitle, "suggest.tonal_shelf_cut.title_low", 3, QT_TRANSLATE_NOOP("CoreText", "Cut %1 dB below %2 with a low shelf on %3"))
STEMWISE_TEXT(SuggestHighShelfBoostTitle, "suggest.tonal_shelf_boost.title_high", 3, QT_TRANSLATE_NOOP("CoreText", "Boost %1 dB above %2 with a high shelf on %3"))
STEMWISE_TEXT(SuggestLowShelfBoostTitle, "suggest.tonal_shelf_boost.title_low", 3, QT_TRANSLATE_NOOP("CoreText", "Boost %1 dB below %2 with a low shelf on %3"))
STEMWISE_TEXT(SuggestShelfCutHow, "suggest.tonal_shelf_cut.how", 0, QT_TRANSLATE_NOOP("CoreText", "A shelf of slope 1 with its midpoint at the step undoes it; trim its gain by ear."))
STEMWISE_TEXT(SuggestShelfBoostHow, "suggest.tonal_shelf_boost.how", 0, QT_TRANSLATE_NOOP("CoreText", "A gentle shelf gives back what the step took; if it only brings up noise, leave it."))
//: %1 dB, %2 frequency (the step's midpoint), %3 how many note groups
STEMWISE_TEXT(SuggestShelfUpWhyNotes, "suggest.tonal_shelf.why_up_notes", 3, QT_TRANSLATE_NOOP("CoreText", "The spectral envelope steps up %1 dB at %2 (a shelf of slope 1 fitted to it, over the line the envelope follows around it), in the median of the %3 note groups: it stays put while the notes change, as an EQ or a mic does."))
STEMWISE_TEXT(SuggestShelfDownWhyNotes, "suggest.tonal_shelf.why_down_notes", 3, QT_TRANSLATE_NOOP("CoreText", "The spectral envelope steps down %1 dB at %2 (a shelf of slope 1 fitted to it, over the line the envelope follows around it), in the median of the %3 note groups: it stays put while the notes change, as an EQ or a mic does."))
//: %1 when the earlier bounce was analysed, %2 dB, %3 frequency, %4 Q, %5 per cent
STEMWISE_TEXT(SuggestBounceBellWhy, "suggest.bounce_change.why_bell", 5, QT_TRANSLATE_NOOP("CoreText", "Since the bounce analysed %1, this part's spectrum changed by %2 dB around %3 in the shape of a bell of Q %4, the rest of the spectrum unchanged (the bell explains %5 % of the change): an EQ or a plug-in moved. If that was not meant, this undoes it."))
//: %1 when the earlier bounce was analysed, %2 dB, %3 frequency, %4 per cent
STEMWISE_TEXT(SuggestBounceHighShelfWhy, "suggest.bounce_change.why_high_shelf", 4, QT_TRANSLATE_NOOP("CoreText", "Since the bounce analysed %1, this part's spectrum changed by %2 dB above %3 in the shape of a high shelf, the rest of the spectrum unchanged (the shelf explains %4 % of the change): an EQ or a plug-in moved. If that was not meant, this undoes it."))
//: %1 when the earlier bounce was analysed, %2 dB, %3 frequency, %4 per cent
STEMWISE_TEXT(SuggestBounceLowShelfWhy, "suggest.bounce_change.why_low_shelf", 4, QT_TRANSLATE_NOOP("CoreText", "Since the bounce analysed %1, this part's spectrum changed by %2 dB below %3 in the shape of a low shelf, the rest of the spectrum unchanged (the shelf explains %4 % of the change): an EQ or a plug-in moved. If that was not meant, this undoes it."))
STEMWISE_TEXT(SuggestBounceChangeHow, "suggest.bounce_change.how", 0, QT_TRANSLATE_NOOP("CoreText", "Look first at what changed on the channel since the last bounce (an EQ, an amp or a saturation plug-in, a send); undo it there, or apply this move on top."))
//: %1 signed dB, %2 frequency, %3 Q: one shape of an EQ change between two bounces
STEMWISE_TEXT(EqChangeBell, "eq_change.bell", 3, QT_TRANSLATE_NOOP("CoreText", "a bell of %1 dB at %2, Q %3"))
STEMWISE_TEXT(EqChangeHighShelf, "eq_change.high_shelf", 2, QT_TRANSLATE_NOOP("CoreText", "a high shelf of %1 dB above %2"))
STEMWISE_TEXT(EqChangeLowShelf, "eq_change.low_shelf", 2, QT_TRANSLATE_NOOP("CoreText", "a low shelf of %1 dB below %2"))
//: %1 the list of shapes, %2 per cent
STEMWISE_TEXT(EqChangeShapes, "eq_change.shapes", 2, QT_TRANSLATE_NOOP("CoreText", "%1 (%2 % of the change explained)"))
//: %1 dB, %2 frequency (the step's midpoint)
STEMWISE_TEXT(SuggestShelfUpWhyWhole, "suggest.tonal_shelf.why_up_whole", 2, QT_TRANSLATE_NOOP("CoreText", "The spectral envelope steps up %1 dB at %2 (a shelf of slope 1 fitted to it, over the line the envelope follows around it), over the whole track (one note group: no note changes to tell it from the part by)."))
STEMWISE_TEXT(SuggestShelfDownWhyWhole, "suggest.tonal_shelf.why_down_whole", 2, QT_TRANSLATE_NOOP("CoreText", "The spectral envelope steps down %1 dB at %2 (a shelf of slope 1 fitted to it, over the line the envelope follows around it), over the whole track (one note group: no note changes to tell it from the part by)."))
STEMWISE_TEXT(SuggestLowMidCutHow, "suggest.low_mid_cut.how", 0, QT_TRANSLATE_NOOP("CoreText", "A broad bell cut in the low-mid; listen for the part staying full but clearer."))
STEMWISE_TEXT(SuggestHarshnessCutHow, "suggest.harshness_cut.how", 0, QT_TRANSLATE_NOOP("CoreText", "A broad bell cut in the upper-mid; listen for the part staying present but less edgy."))
//: %1 band, %2–%3 its edges, %4 its share, %5 dB above %6 (a track type), %7 the type's most, %8 frequency
STEMWISE_TEXT(SuggestBandCutWhy, "suggest.band_cut.why", 8, QT_TRANSLATE_NOOP("CoreText", "The %1 band (%2–%3 Hz) holds %4 of the energy, %5 dB above a typical %6 track (at most %7); its energy centres on %8."))
//: %1 track, %2 dB, %3 frequency
STEMWISE_TEXT(SuggestHighShelfTitle, "suggest.high_shelf_lift.title", 3, QT_TRANSLATE_NOOP("CoreText", "Lift the top of %1: high shelf +%2 dB from %3"))
STEMWISE_TEXT(SuggestHighShelfHow, "suggest.high_shelf_lift.how", 0, QT_TRANSLATE_NOOP("CoreText", "A gentle shelf opens a dull part; if it only brings up hiss, the source is the place to fix it."))
//: %1 share of the highs, %2 dB under %3 (the usual share of a %4 track)
STEMWISE_TEXT(SuggestHighShelfWhy, "suggest.high_shelf_lift.why", 4, QT_TRANSLATE_NOOP("CoreText", "The highs (4–10 kHz) hold %1 of the energy, %2 dB under the %3 a %4 track usually has."))
//: %1 track, %2 frequency, %3 dB
STEMWISE_TEXT(SuggestDeEsserTitle, "suggest.de_esser.title", 3, QT_TRANSLATE_NOOP("CoreText", "De-ess %1 at %2, up to %3 dB"))
STEMWISE_TEXT(SuggestDeEsserHow, "suggest.de_esser.how", 0, QT_TRANSLATE_NOOP("CoreText", "A split-band de-esser acting only on the sibilant band, so the rest of the voice keeps its tone."))
//: %1 percent of the frames, %2 a voice's usual percent, %3 frequency, %4 the clause that follows
STEMWISE_TEXT(SuggestDeEsserWhy, "suggest.de_esser.why", 4, QT_TRANSLATE_NOOP("CoreText", "%1 % of the sung or spoken frames are dominated by 4.5–10 kHz (a voice's usual is under %2 %), peaking at %3; %4"))
STEMWISE_TEXT(SuggestDeEsserWhyLouder, "suggest.de_esser.why_louder", 1, QT_TRANSLATE_NOOP("CoreText", "they are %1 dB louder than the average frame, hence the range."))
STEMWISE_TEXT(SuggestDeEsserWhyQuieter, "suggest.de_esser.why_quieter", 1, QT_TRANSLATE_NOOP("CoreText", "they are %1 dB quieter than the average frame, so a gentle range is enough."))
//: %1 track, %2 ratio, %3 threshold, %4 attack, %5 release
//: %1 a move's title ("High-pass Vox at 90 Hz, 12 dB/oct"), %2 the plug-ins on the channel in the DAW that should do it
STEMWISE_TEXT(SuggestWithChannelPluginTitle, "suggest.with_channel_plugin.title", 2, QT_TRANSLATE_NOOP("CoreText", "%1 (with your %2)"))
//: %1 how to do the high-pass, %2 the EQ plug-ins on the channel, %3 the DAW
STEMWISE_TEXT(SuggestUseChannelEqHow, "suggest.high_pass.how_channel_eq", 3, QT_TRANSLATE_NOOP("CoreText", "%1 The channel already has %2 in the %3 session: use its high-pass band rather than adding another filter."))
//: %1 how to do the high-pass, %2 the high-pass plug-ins on the channel, %3 the DAW
STEMWISE_TEXT(SuggestRaiseChannelHighPassHow, "suggest.high_pass.how_channel_high_pass", 3, QT_TRANSLATE_NOOP("CoreText", "%1 The bounce comes after %2 in the %3 session and still holds this energy: raise its corner or steepen it rather than adding another filter."))
//: %1 track, %2 the compressor plug-ins on its channel in the DAW, %3 ratio, %4 threshold, %5 attack, %6 release
STEMWISE_TEXT(SuggestYourCompressorTitle, "suggest.compression.title_yours", 6, QT_TRANSLATE_NOOP("CoreText", "Your compressor on %1 (%2): %3:1 from %4 dB, attack %5 ms, release %6 ms"))
//: %1 how much gain reduction, %2 the compressor plug-ins on the channel, %3 the DAW
STEMWISE_TEXT(SuggestYourCompressorHow, "suggest.compression.how_yours", 3, QT_TRANSLATE_NOOP("CoreText", "%1 The channel already has %2 in the %3 session: set it so rather than adding another compressor."))
//: %1 how much gain reduction, %2 the compressor plug-ins on the channel, %3 the DAW
STEMWISE_TEXT(SuggestYourCompressorAfterHow, "suggest.compression.how_yours_after", 3, QT_TRANSLATE_NOOP("CoreText", "%1 The bounce comes after %2 in the %3 session and is still out of range: lower its threshold or raise its ratio to this rather than adding another compressor."))
STEMWISE_TEXT(SuggestCompressTitle, "suggest.compression.title", 5, QT_TRANSLATE_NOOP("CoreText", "Compress %1: %2:1 from %3 dB, attack %4 ms, release %5 ms"))
STEMWISE_TEXT(SuggestCompressHow, "suggest.compression.how", 1, QT_TRANSLATE_NOOP("CoreText", "About %1 dB of gain reduction on the loudest passages evens the part out; a threshold on the short-term loudness scale (an RMS detector reads close to it)."))
//: %1 what is out of range, %2 where the threshold comes from, %3 attack, %4 onsets per second, %5 how the release is timed
STEMWISE_TEXT(SuggestCompressWhy, "suggest.compression.why", 5, QT_TRANSLATE_NOOP("CoreText", "%1. %2; attack %3 ms for %4 strong onsets per second; %5."))
//: %1 LU, %2 track type, %3 its usual most
STEMWISE_TEXT(SuggestCompressWhyRange, "suggest.compression.why_range", 3, QT_TRANSLATE_NOOP("CoreText", "The loudness range is %1 LU (a %2 part usually stays within %3 LU)"))
STEMWISE_TEXT(SuggestCompressWhyRangeCrest, "suggest.compression.why_range_crest", 5, QT_TRANSLATE_NOOP("CoreText", "The loudness range is %1 LU (a %2 part usually stays within %3 LU); the crest factor is %4 dB (typical up to %5 dB)"))
STEMWISE_TEXT(SuggestCompressWhyCrest, "suggest.compression.why_crest", 2, QT_TRANSLATE_NOOP("CoreText", "The crest factor is %1 dB (typical up to %2 dB)"))
//: %1 10th percentile, %2 95th percentile, %3 threshold, %4 ratio, %5 LU of excess range
STEMWISE_TEXT(SuggestCompressWhyLevelling, "suggest.compression.why_levelling", 5, QT_TRANSLATE_NOOP("CoreText", "The short-term loudness spans %1 (10th percentile) to %2 LUFS (95th): a threshold of %3 dB at %4:1 takes the %5 LU of excess range off the loudest passages"))
STEMWISE_TEXT(SuggestCompressWhyPeaks, "suggest.compression.why_peaks", 2, QT_TRANSLATE_NOOP("CoreText", "Threshold from the 70th percentile of the short-term loudness (%1 LUFS; the loudest 5 % reach %2 LUFS)"))
STEMWISE_TEXT(SuggestReleaseQuarterBeat, "suggest.release.quarter_beat", 2, QT_TRANSLATE_NOOP("CoreText", "release %1 ms = a quarter of a beat at %2 BPM"))
STEMWISE_TEXT(SuggestReleaseHalfBeat, "suggest.release.half_beat", 2, QT_TRANSLATE_NOOP("CoreText", "release %1 ms = half of a beat at %2 BPM"))
STEMWISE_TEXT(SuggestReleaseWholeBeat, "suggest.release.whole_beat", 2, QT_TRANSLATE_NOOP("CoreText", "release %1 ms = one whole of a beat at %2 BPM"))
STEMWISE_TEXT(SuggestReleaseOnsets, "suggest.release.onsets", 2, QT_TRANSLATE_NOOP("CoreText", "release %1 ms = half the mean gap between onsets (%2 per second; no tempo known)"))
STEMWISE_TEXT(SuggestReleaseDefault, "suggest.release.default", 0, QT_TRANSLATE_NOOP("CoreText", "release 150 ms (no tempo or onsets to time it to)"))
STEMWISE_TEXT(SuggestPhaseTitle, "suggest.phase_check.title", 1, QT_TRANSLATE_NOOP("CoreText", "Check the polarity of %1: one channel looks inverted"))
STEMWISE_TEXT(SuggestPhaseHow, "suggest.phase_check.how", 0, QT_TRANSLATE_NOOP("CoreText", "Invert one channel's polarity (or remove the widener) and compare in mono."))
//: %1 correlation, %2 a clause on the low band or nothing, %3 dB
STEMWISE_TEXT(SuggestPhaseWhy, "suggest.phase_check.why", 3, QT_TRANSLATE_NOOP("CoreText", "The left/right correlation is %1%2; the mono fold-down loses %3 dB."))
//: %1 correlation, %2 and %3 the band's edges
STEMWISE_TEXT(SuggestPhaseWhyLowBand, "suggest.phase_check.why_low_band", 3, QT_TRANSLATE_NOOP("CoreText", " and %1 between %2 and %3 Hz, where any natural recording correlates"))
//: %1 track, %2 dB
STEMWISE_TEXT(SuggestMonoCheckTitle, "suggest.mono_check.title", 2, QT_TRANSLATE_NOOP("CoreText", "Listen to %1 in mono: it is wide and loses %2 dB"))
STEMWISE_TEXT(SuggestMonoCheckHow, "suggest.mono_check.how", 0, QT_TRANSLATE_NOOP("CoreText", "Not a polarity fault: the sides are decorrelated. If it thins out too much in mono, narrow it (width control, M/S) rather than flipping a channel."))
STEMWISE_TEXT(SuggestMonoCheckWhy, "suggest.mono_check.why", 2, QT_TRANSLATE_NOOP("CoreText", "The left/right correlation is %1 (wide, not inverted: the low end does not cancel) and the mono fold-down loses %2 dB, more than the 3 dB of uncorrelated channels."))
STEMWISE_TEXT(SuggestLowEndMonoTitle, "suggest.low_end_mono.title", 2, QT_TRANSLATE_NOOP("CoreText", "Make %1 mono below %2"))
STEMWISE_TEXT(SuggestLowEndMonoHow, "suggest.low_end_mono.how", 0, QT_TRANSLATE_NOOP("CoreText", "A mid/side EQ or a bass-mono utility: the low end stays solid on club systems and in mono."))
//: %1 share below 250 Hz, %2 correlation, between %3 and %4 Hz
STEMWISE_TEXT(SuggestLowEndMonoWhy, "suggest.low_end_mono.why", 4, QT_TRANSLATE_NOOP("CoreText", "%1 of the energy is below 250 Hz and the channels correlate only %2 between %3 and %4 Hz."))
STEMWISE_TEXT(SuggestHarmonicsTitle, "suggest.bass_harmonics.title", 1, QT_TRANSLATE_NOOP("CoreText", "Add harmonics to %1 so it reads on small speakers"))
STEMWISE_TEXT(SuggestHarmonicsHow, "suggest.bass_harmonics.how", 0, QT_TRANSLATE_NOOP("CoreText", "Parallel saturation (drive 6 dB, 30 % wet), or a harmonics enhancer above 500 Hz."))
STEMWISE_TEXT(SuggestHarmonicsWhy, "suggest.bass_harmonics.why", 1, QT_TRANSLATE_NOOP("CoreText", "Only %1 of the energy lies above 500 Hz: on phones and laptops, which reproduce little below 150 Hz, the bass line vanishes."))

// ---- suggestions for pairs and the session (suggest/sessionrules.cpp) ----------------------
//: %1 and %2 frequencies: a range of the spectrum
STEMWISE_TEXT(SuggestHzRange, "suggest.hz_range", 2, QT_TRANSLATE_NOOP("CoreText", "%1–%2"))
//: %1 the track that yields, %2 the one that keeps, %3 dB, %4 a frequency or a range of them
STEMWISE_TEXT(SuggestSideChainTitle, "suggest.masking.side_chain.title", 4, QT_TRANSLATE_NOOP("CoreText", "Side-chain %1 to %2: duck %3 dB at each hit (%4)"))
//: %1 the track that yields, %2 the one that keeps, %3 release, %4 the clause on the tempo, %5 a frequency or a range of them
STEMWISE_TEXT(SuggestSideChainHow, "suggest.masking.side_chain.how", 5, QT_TRANSLATE_NOOP("CoreText", "A compressor on %1 keyed by %2 (fast attack, release %3 ms%4), or a dynamic EQ on %5 only: %2 keeps its punch, %1 fills the gaps."))
STEMWISE_TEXT(SuggestSideChainHowTempo, "suggest.masking.side_chain.how_tempo", 1, QT_TRANSLATE_NOOP("CoreText", " = a sixteenth note at %1 BPM"))
//: %1 dB, %2 frequency, %3 the track that yields, %4 the one that keeps
STEMWISE_TEXT(SuggestCarveTitle, "suggest.masking.carve.title", 4, QT_TRANSLATE_NOOP("CoreText", "Carve %1 dB at %2 out of %3 to make room for %4"))
STEMWISE_TEXT(SuggestCarveHow, "suggest.masking.carve.how", 2, QT_TRANSLATE_NOOP("CoreText", "A bell cut on %1 where %2 lives; if both must stay full, cut %1 there only while %2 plays (dynamic EQ keyed by it)."))
//: %1 and %2 tracks, %3 and %4 their percentages, %5 band, %6–%7 its edges, %8 dB, %9 percent of the time, %10 a frequency or a range of them, %11 the track that yields, %12 why
STEMWISE_TEXT(SuggestMaskingWhy, "suggest.masking.why", 12, QT_TRANSLATE_NOOP("CoreText", "%1 and %2 put %3 % and %4 % of their energy into the %5 band (%6–%7 Hz) at levels %8 dB apart, and are active there together %9 % of the time; their spectra overlap most at %10. %11 yields: %12."))
//: %1 a track type
STEMWISE_TEXT(SuggestMaskingWhyOwner, "suggest.masking.why_owner", 1, QT_TRANSLATE_NOOP("CoreText", "in a mix this band usually belongs to the %1"))
STEMWISE_TEXT(SuggestMaskingWhyPercussive, "suggest.masking.why_percussive", 0, QT_TRANSLATE_NOOP("CoreText", "the sustained part makes room for the percussive one"))
STEMWISE_TEXT(SuggestMaskingWhyLess, "suggest.masking.why_less", 0, QT_TRANSLATE_NOOP("CoreText", "less of its energy is there"))
//: %1 the track that keeps the band (a lead vocal, a lead synth)
STEMWISE_TEXT(SuggestMaskingWhyLead, "suggest.masking.why_lead", 1, QT_TRANSLATE_NOOP("CoreText", "%1 is a lead element and keeps the band"))
//: %1 the track to flip, %2 the other
STEMWISE_TEXT(SuggestPolarityPairTitle, "suggest.polarity_pair.title", 2, QT_TRANSLATE_NOOP("CoreText", "Flip the polarity of %1: it cancels %2"))
STEMWISE_TEXT(SuggestPolarityPairHow, "suggest.polarity_pair.how", 1, QT_TRANSLATE_NOOP("CoreText", "Invert the polarity of %1 (the whole track, both channels) and listen to the two together: the low end and the body come back. If they were recorded at different distances, nudge the timing too."))
//: %1 and %2 the tracks, %3 their correlation, %4 dB
STEMWISE_TEXT(SuggestPolarityPairWhy, "suggest.polarity_pair.why", 4, QT_TRANSLATE_NOOP("CoreText", "%1 and %2 correlate at %3: they carry the same source in opposite polarity, and summed they lose %4 dB against their separate levels."))
//: %1 the track to move, %2 milliseconds, %3 the other track
STEMWISE_TEXT(SuggestAlignTitle, "suggest.time_align.title", 3, QT_TRANSLATE_NOOP("CoreText", "Move %1 %2 ms earlier: it arrives late against %3"))
//: %1 the track to flip and move, %2 milliseconds, %3 the other track
STEMWISE_TEXT(SuggestAlignFlipTitle, "suggest.time_align.flip_title", 3, QT_TRANSLATE_NOOP("CoreText", "Flip the polarity of %1 and move it %2 ms earlier: it arrives late and opposed against %3"))
//: %1 the track to move, %2 samples, %3 the sample rate in Hz, %4 the other track
STEMWISE_TEXT(SuggestAlignHow, "suggest.time_align.how", 4, QT_TRANSLATE_NOOP("CoreText", "Slide %1 earlier by %2 samples at %3 Hz (or delay %4 by as much where %1 must stay put), then listen to the two together: the low end firms up and the hollow, phasey sound goes."))
//: %1 and %2 the tracks, %3 milliseconds, %4 their correlation lined up, %5 as they are, %6 dB
STEMWISE_TEXT(SuggestAlignWhy, "suggest.time_align.why", 6, QT_TRANSLATE_NOOP("CoreText", "%1 and %2 carry the same source %3 ms apart: lined up they correlate at %4, as they are at %5. Summed at the same time, in either polarity, the comb filter of that delay leaves them %6 dB under their sum lined up."))
STEMWISE_TEXT(SuggestHeadroomClipsTitle, "suggest.summed_headroom.clips.title", 1, QT_TRANSLATE_NOOP("CoreText", "The stems clip the mix bus at unity: lower them all by %1 dB"))
STEMWISE_TEXT(SuggestHeadroomFadersTitle, "suggest.summed_headroom.faders.title", 1, QT_TRANSLATE_NOOP("CoreText", "The stems clip the mix bus at your faders: lower them all by %1 dB"))
STEMWISE_TEXT(SuggestHeadroomMayClipTitle, "suggest.summed_headroom.may_clip.title", 1, QT_TRANSLATE_NOOP("CoreText", "The stems may clip the mix bus: lower them all by up to %1 dB"))
STEMWISE_TEXT(SuggestHeadroomHow, "suggest.summed_headroom.how", 0, QT_TRANSLATE_NOOP("CoreText", "Pull every fader (or a VCA over all of them) down by the same amount, so the balance stays and the bus peaks at -1 dBTP before any bus processing."))
//: %1 how many stems, %2 dBTP
STEMWISE_TEXT(SuggestHeadroomClipsWhy, "suggest.summed_headroom.clips.why", 2, QT_TRANSLATE_NOOP("CoreText", "Summed at unity gain, the %1 stems reach %2 dBTP (measured on the sum of the files, BS.1770-4 true peak): the bus clips."))
//: %1 how many stems, %2 dBTP, %3 the DAW ("Ardour")
STEMWISE_TEXT(SuggestHeadroomFadersWhy, "suggest.summed_headroom.faders.why", 3, QT_TRANSLATE_NOOP("CoreText", "At the fader gains and pans of the %3 session, the %1 stems reach %2 dBTP (measured on the sum of the files, BS.1770-4 true peak): the bus clips."))
STEMWISE_TEXT(SuggestHeadroomMayClipWhy, "suggest.summed_headroom.may_clip.why", 1, QT_TRANSLATE_NOOP("CoreText", "The stems' true peaks add up to %1 dBTP: an upper bound (if their peaks coincide); the sum was not measured."))
STEMWISE_TEXT(SuggestMonoSumTitle, "suggest.mono_sum.title", 0, QT_TRANSLATE_NOOP("CoreText", "The mix loses level in mono: check the wide stems"))
//: %1 the tracks ("Pad and Keys")
STEMWISE_TEXT(SuggestMonoSumNarrowTitle, "suggest.mono_sum.narrow.title", 1, QT_TRANSLATE_NOOP("CoreText", "The mix loses level in mono: narrow %1"))
STEMWISE_TEXT(SuggestMonoSumHow, "suggest.mono_sum.how", 0, QT_TRANSLATE_NOOP("CoreText", "Listen to the sum in mono; reduce the width (or fix the polarity) of the stems that disappear."))
STEMWISE_TEXT(SuggestMonoSumWhy, "suggest.mono_sum.why", 2, QT_TRANSLATE_NOOP("CoreText", "Summed and folded to mono the session loses %1 dB (correlation of the sum %2); a mix with uncorrelated sides loses about 3 dB, more means parts cancel."))
STEMWISE_TEXT(SuggestBalanceUpTitle, "suggest.balance.up.title", 2, QT_TRANSLATE_NOOP("CoreText", "Bring up %1 by about %2 dB in the balance"))
STEMWISE_TEXT(SuggestBalanceDownTitle, "suggest.balance.down.title", 2, QT_TRANSLATE_NOOP("CoreText", "Pull down %1 by about %2 dB in the balance"))
STEMWISE_TEXT(SuggestBalanceHow, "suggest.balance.how", 0, QT_TRANSLATE_NOOP("CoreText", "A starting fader move; set the final balance by ear against the lead."))
//: %1 track, %2 LUFS, %3 track type, %4 its usual level from the loudest part, %5 LU
STEMWISE_TEXT(SuggestBalanceLouderWhy, "suggest.balance.louder.why", 5, QT_TRANSLATE_NOOP("CoreText", "%1 measures %2 LUFS. With %3 stems usually %4 LU from the loudest part, it sits %5 LU louder than the rest of the session suggests."))
//: %1 track, %2 dB, %3 a section with its times
STEMWISE_TEXT(SuggestRideUpTitle, "suggest.ride.up.title", 3, QT_TRANSLATE_NOOP("CoreText", "Raise %1 by %2 dB in %3"))
STEMWISE_TEXT(SuggestRideDownTitle, "suggest.ride.down.title", 3, QT_TRANSLATE_NOOP("CoreText", "Lower %1 by %2 dB in %3"))
//: %1 track, %2 a section with its times
STEMWISE_TEXT(SuggestRideHow, "suggest.ride.how", 2, QT_TRANSLATE_NOOP("CoreText", "Automate the fader (or the clip gain) of %1 over %2, so that it keeps the place it holds in the rest of the song."))
//: %1 a section, %2 track, %3 LU (signed) against the section's loudness, %4 LU (signed): the median over the sections where it plays, %5 how many
STEMWISE_TEXT(SuggestRideWhy, "suggest.ride.why", 5, QT_TRANSLATE_NOOP("CoreText", "In %1, %2 sits at %3 LU against the section's loudness; over the %5 sections where it plays, at %4 LU (their median)."))
//: a section of the song: %1 its name, %2 and %3 its start and end in seconds
STEMWISE_TEXT(SectionSpan, "section.span", 3, QT_TRANSLATE_NOOP("CoreText", "%1 (%2–%3 s)"))
STEMWISE_TEXT(SuggestBalanceQuieterWhy, "suggest.balance.quieter.why", 5, QT_TRANSLATE_NOOP("CoreText", "%1 measures %2 LUFS. With %3 stems usually %4 LU from the loudest part, it sits %5 LU quieter than the rest of the session suggests."))
//: a backing part (named so: "Backing Vox", "BVs", "Harmony"): %1 track, %2 LUFS, %3 track type, %4 its usual level from the loudest part, %5 LU under the lead, %6 LU
STEMWISE_TEXT(SuggestBalanceBackingLouderWhy, "suggest.balance.backing.louder.why", 6, QT_TRANSLATE_NOOP("CoreText", "%1 measures %2 LUFS. A backing part (%3) usually sits %4 LU from the loudest part (%5 LU under the lead); it sits %6 LU louder than the rest of the session suggests."))
STEMWISE_TEXT(SuggestBalanceBackingQuieterWhy, "suggest.balance.backing.quieter.why", 6, QT_TRANSLATE_NOOP("CoreText", "%1 measures %2 LUFS. A backing part (%3) usually sits %4 LU from the loudest part (%5 LU under the lead); it sits %6 LU quieter than the rest of the session suggests."))
//: a lead part (named so: "Lead Guitar", "Solo Sax", "Main Vox"): %1 track, %2 LUFS, %3 track type, %4 the lead's usual level from the loudest part, %5 LU
STEMWISE_TEXT(SuggestBalanceLeadLouderWhy, "suggest.balance.lead.louder.why", 5, QT_TRANSLATE_NOOP("CoreText", "%1 measures %2 LUFS. A lead part (%3) usually sits at the top, %4 LU from the loudest part; it sits %5 LU louder than the rest of the session suggests."))
STEMWISE_TEXT(SuggestBalanceLeadQuieterWhy, "suggest.balance.lead.quieter.why", 5, QT_TRANSLATE_NOOP("CoreText", "%1 measures %2 LUFS. A lead part (%3) usually sits at the top, %4 LU from the loudest part; it sits %5 LU quieter than the rest of the session suggests."))
//: workflow suggestions from the arrangement (suggest/arrangementrules.cpp). %1 the stems, %2 dB, %3 the choruses ("chorus 1 and chorus 2")
STEMWISE_TEXT(SuggestChorusLiftTitle, "suggest.chorus_lift.title", 3, QT_TRANSLATE_NOOP("CoreText", "Lift the choruses: raise %1 by %2 dB in %3"))
//: %1 dB, %2 the choruses
STEMWISE_TEXT(SuggestChorusLiftBusTitle, "suggest.chorus_lift.bus.title", 2, QT_TRANSLATE_NOOP("CoreText", "Lift the choruses: raise the mix bus by %1 dB in %2"))
//: %1 the stems, %2 the choruses with their times
STEMWISE_TEXT(SuggestChorusLiftHow, "suggest.chorus_lift.how", 2, QT_TRANSLATE_NOOP("CoreText", "Automate the faders of %1 over %2, or give the choruses more of their own (a double, a layer, a percussion part)."))
//: %1 the choruses with their times
STEMWISE_TEXT(SuggestChorusLiftBusHow, "suggest.chorus_lift.bus.how", 1, QT_TRANSLATE_NOOP("CoreText", "Nothing plays in the choruses only: automate the mix bus (or a VCA over every stem) over %1, before the bus compressor and limiter, or give the choruses a part of their own (a double, a layer, a percussion part)."))
//: %1 the choruses' LUFS, %2 the verses' LUFS, %3 the lift in LU (signed), %4 the lift it should reach at least, %5 the lift after the move
STEMWISE_TEXT(SuggestChorusLiftWhy, "suggest.chorus_lift.why", 5, QT_TRANSLATE_NOOP("CoreText", "The choruses measure %1 LUFS, the verses %2 LUFS (the stems summed): they lift by %3 LU, less than %4 LU. With the ride they lift by about %5 LU."))
//: %1 a section, %2 a bar number, %3 its time in seconds
STEMWISE_TEXT(SuggestStaticBarTitle, "suggest.static_section.bar.title", 3, QT_TRANSLATE_NOOP("CoreText", "Change something in %1 at bar %2 (%3 s)"))
//: %1 a section, %2 a time in seconds
STEMWISE_TEXT(SuggestStaticSecondsTitle, "suggest.static_section.s.title", 2, QT_TRANSLATE_NOOP("CoreText", "Change something in %1 around %2 s"))
STEMWISE_TEXT(SuggestStaticHow, "suggest.static_section.how", 0, QT_TRANSLATE_NOOP("CoreText", "Bring a part in or take one out there, or add a fill or a variation: the same stems at the same levels for this long let the listener's attention go."))
//: %1 track, %2 a section with its times
STEMWISE_TEXT(SuggestOneSectionTitle, "suggest.one_section_part.title", 2, QT_TRANSLATE_NOOP("CoreText", "%1 plays only in %2"))
//: %1 track
STEMWISE_TEXT(SuggestOneSectionHow, "suggest.one_section_part.how", 1, QT_TRANSLATE_NOOP("CoreText", "If it is a one-off colour, give it its moment (ride it up where it enters); otherwise bring it back later (in the last chorus, say) so that it belongs. Strip the silence from the rest of %1's track to keep the session tidy."))
//: %1 track, %2 seconds it plays, %3 the song's length in seconds, %4 how many sections the song has
STEMWISE_TEXT(SuggestOneSectionWhy, "suggest.one_section_part.why", 4, QT_TRANSLATE_NOOP("CoreText", "%1 plays %2 s of the song's %3 s, all in one of its %4 sections."))

// ---- the session plan (suggest/sessionplan.cpp) ----------------------------------------------
//: %n how many stems have a line in the plan
STEMWISE_TEXT_N(PlanGainTitle, "plan.gain.title", 0, QT_TRANSLATE_N_NOOP("CoreText", "Gain plan: clip gain and faders of %n stem(s)"), "Gain plan: clip gain and faders of %n stem", "Gain plan: clip gain and faders of %n stems")
//: %n how many stems have a line in the plan, %1 the common fader move in dB ("-3.0 dB")
STEMWISE_TEXT_N(PlanGainTitleBus, "plan.gain.title_bus", 1, QT_TRANSLATE_N_NOOP("CoreText", "Gain plan: clip gain and faders of %n stem(s), then every fader %1"), "Gain plan: clip gain and faders of %n stem, then every fader %1", "Gain plan: clip gain and faders of %n stems, then every fader %1")
//: one stem's line: %1 track, %2 clip gain, %3 fader (in dB, signed)
STEMWISE_TEXT(PlanGainLineClip, "plan.gain.line_clip", 3, QT_TRANSLATE_NOOP("CoreText", "%1: clip gain %2, fader %3 (its place in the mix unchanged)"))
//: one stem's line: %1 track, %2 clip gain, %3 fader, %4 the change of its level in the mix (in dB, signed)
STEMWISE_TEXT(PlanGainLineClipMix, "plan.gain.line_clip_mix", 4, QT_TRANSLATE_NOOP("CoreText", "%1: clip gain %2, fader %3 (%4 in the mix)"))
//: one stem's line: %1 track, %2 fader (in dB, signed)
STEMWISE_TEXT(PlanGainLineFader, "plan.gain.line_fader", 2, QT_TRANSLATE_NOOP("CoreText", "%1: fader %2 (its place in the mix unchanged)"))
//: one stem's line: %1 track, %2 fader, %3 the change of its level in the mix (in dB, signed)
STEMWISE_TEXT(PlanGainLineFaderMix, "plan.gain.line_fader_mix", 3, QT_TRANSLATE_NOOP("CoreText", "%1: fader %2 (%3 in the mix)"))
//: the stems' lines of the gain plan one after the other: %1 a line, %2 the next line (or lines)
STEMWISE_TEXT(PlanGainLines, "plan.gain.lines", 2, QT_TRANSLATE_NOOP("CoreText", "%1; %2"))
//: %1 the stems' lines
STEMWISE_TEXT(PlanGainHow, "plan.gain.how", 1, QT_TRANSLATE_NOOP("CoreText", "%1."))
//: %1 the stems' lines, %2 dB
STEMWISE_TEXT(PlanGainHowBus, "plan.gain.how_bus", 2, QT_TRANSLATE_NOOP("CoreText", "%1; then pull every fader (or a VCA over all of them) down %2 dB together."))
//: %1 dB (the plan has no stem's line, only the common move)
STEMWISE_TEXT(PlanGainHowBusOnly, "plan.gain.how_bus_only", 1, QT_TRANSLATE_NOOP("CoreText", "Pull every fader (or a VCA over all of them) down %1 dB together."))
STEMWISE_TEXT(PlanGainWhy, "plan.gain.why", 0, QT_TRANSLATE_NOOP("CoreText", "The session's level moves in one place: a stem's clip gain stages it for its plug-ins (peaks under -6 dBTP), its fader sets its place in the balance, so no stem gets two gain moves that add up to one nobody asked for."))
STEMWISE_TEXT(PlanGainWhyBus, "plan.gain.why_bus", 0, QT_TRANSLATE_NOOP("CoreText", "The session's level moves in one place: a stem's clip gain stages it for its plug-ins (peaks under -6 dBTP), its fader sets its place in the balance, so no stem gets two gain moves that add up to one nobody asked for; the common move keeps the bus under -1 dBTP (the sum measured at unity: measure it again after the moves)."))
//: a plan note on a level move the gain plan sums
STEMWISE_TEXT(PlanNoteInGainPlan, "plan.note.in_gain_plan", 0, QT_TRANSLATE_NOOP("CoreText", "A line of the session's gain plan, which sums the level moves."))
//: a plan note: %1 the title of the move dropped for this one
STEMWISE_TEXT(PlanNoteReplaces, "plan.note.replaces", 1, QT_TRANSLATE_NOOP("CoreText", "It replaces “%1”, which works against it."))
//: a plan note: %1 the title of the move merged into this one
STEMWISE_TEXT(PlanNoteMerged, "plan.note.merged", 1, QT_TRANSLATE_NOOP("CoreText", "It also does the work of “%1”."))

// ---- what an effect metric measures (suggest/suggestion.h: effectMetricLabel) --------------
STEMWISE_TEXT(MetricTruePeak, "metric.true_peak", 0, QT_TRANSLATE_NOOP("CoreText", "true peak"))
STEMWISE_TEXT(MetricLoudness, "metric.loudness", 0, QT_TRANSLATE_NOOP("CoreText", "loudness"))
STEMWISE_TEXT(MetricLoudnessRange, "metric.loudness_range", 0, QT_TRANSLATE_NOOP("CoreText", "loudness range"))
STEMWISE_TEXT(MetricCrest, "metric.crest", 0, QT_TRANSLATE_NOOP("CoreText", "crest factor"))
STEMWISE_TEXT(MetricEnergyBelow, "metric.energy_below", 1, QT_TRANSLATE_NOOP("CoreText", "energy below %1"))
STEMWISE_TEXT(MetricProminence, "metric.prominence", 1, QT_TRANSLATE_NOOP("CoreText", "prominence at %1"))
//: %1 a band
STEMWISE_TEXT(MetricBandExcess, "metric.band_excess", 1, QT_TRANSLATE_NOOP("CoreText", "%1 excess"))
STEMWISE_TEXT(MetricBandDeficit, "metric.band_deficit", 1, QT_TRANSLATE_NOOP("CoreText", "%1 deficit"))
STEMWISE_TEXT(MetricSibilantFrames, "metric.sibilant_frames", 0, QT_TRANSLATE_NOOP("CoreText", "sibilant frames"))
STEMWISE_TEXT(MetricCorrelation, "metric.correlation", 0, QT_TRANSLATE_NOOP("CoreText", "L/R correlation"))
STEMWISE_TEXT(MetricLowBandCorrelation, "metric.low_band_correlation", 0, QT_TRANSLATE_NOOP("CoreText", "low-band correlation"))
STEMWISE_TEXT(MetricEnvelopeBump, "metric.envelope_bump", 1, QT_TRANSLATE_NOOP("CoreText", "envelope bump at %1"))
STEMWISE_TEXT(MetricEnvelopeDip, "metric.envelope_dip", 1, QT_TRANSLATE_NOOP("CoreText", "envelope dip at %1"))
STEMWISE_TEXT(MetricEnvelopeStep, "metric.envelope_step", 1, QT_TRANSLATE_NOOP("CoreText", "envelope step at %1"))
STEMWISE_TEXT(MetricLevelAt, "metric.level_at", 1, QT_TRANSLATE_NOOP("CoreText", "level at %1 relative to the loudness"))
STEMWISE_TEXT(MetricShareAbove500, "metric.share_above_500_hz", 0, QT_TRANSLATE_NOOP("CoreText", "share above 500 Hz"))

// ---- what the user's ratings and re-bounces did (learn/learnedmodel.h) ---------------------
STEMWISE_TEXT_N(FeedbackUseful, "feedback.useful", 0, QT_TRANSLATE_N_NOOP("CoreText", "%n useful"), "%n useful", "%n useful")
STEMWISE_TEXT_N(FeedbackNotUseful, "feedback.not_useful", 0, QT_TRANSLATE_N_NOOP("CoreText", "%n not useful"), "%n not useful", "%n not useful")
STEMWISE_TEXT_N(FeedbackApplied, "feedback.applied", 0, QT_TRANSLATE_N_NOOP("CoreText", "%n applied"), "%n applied", "%n applied")
STEMWISE_TEXT_N(FeedbackDismissed, "feedback.dismissed", 0, QT_TRANSLATE_N_NOOP("CoreText", "%n dismissed"), "%n dismissed", "%n dismissed")
STEMWISE_TEXT_N(FeedbackImproved, "feedback.improved", 0, QT_TRANSLATE_N_NOOP("CoreText", "%n re-bounce(s) better"), "%n re-bounce better", "%n re-bounces better")
STEMWISE_TEXT_N(FeedbackWorsened, "feedback.worsened", 0, QT_TRANSLATE_N_NOOP("CoreText", "%n re-bounce(s) worse"), "%n re-bounce worse", "%n re-bounces worse")
//: %1 track types ("vocals"), %2 a genre
STEMWISE_TEXT(PersonalisationTypeInGenre, "personalisation.type_in_genre", 2, QT_TRANSLATE_NOOP("CoreText", "%1 in %2"))
//: %1 track types (or "vocals in rock"), %2 the ratings ("3 not useful, 1 applied"), %3 and %4 confidences
STEMWISE_TEXT(Personalisation, "personalisation.moved", 4, QT_TRANSLATE_NOOP("CoreText", "your feedback on %1 (%2) moved the confidence from %3 to %4"))
//: %1 "your feedback on … moved the confidence from … to …", %2 the most other projects may move it (0.15)
STEMWISE_TEXT(PersonalisationOtherProjectsBounded, "personalisation.other_projects_bounded", 2, QT_TRANSLATE_NOOP("CoreText", "%1 (ratings from other projects count for at most ±%2)"))
//: %1 the date it was applied, %2 what was measured, %3 before, %4 after (with its unit)
STEMWISE_TEXT(EffectBetter, "effect.better", 4, QT_TRANSLATE_NOOP("CoreText", "applied %1: %2 %3 → %4 (better)"))
STEMWISE_TEXT(EffectWorse, "effect.worse", 4, QT_TRANSLATE_NOOP("CoreText", "applied %1: %2 %3 → %4 (worse)"))

// ---- where the session's tempo and key came from (analysis/sessiontempo.h) -----------------
STEMWISE_TEXT(SourceUser, "source.user", 0, QT_TRANSLATE_NOOP("CoreText", "user"))
STEMWISE_TEXT(SourceNone, "source.none", 0, QT_TRANSLATE_NOOP("CoreText", "none"))
STEMWISE_TEXT(SourceDetected, "source.detected", 0, QT_TRANSLATE_NOOP("CoreText", "detected"))
//: %1 the DAW ("Ardour", "REAPER") whose session file stated the value
STEMWISE_TEXT(SourceDaw, "source.daw", 1, QT_TRANSLATE_NOOP("CoreText", "from the %1 session"))
//: %1 the tracks whose own estimate it is ("Kick and Snare")
STEMWISE_TEXT(SourceDetectedFrom, "source.detected_from", 1, QT_TRANSLATE_NOOP("CoreText", "detected (%1)"))
//: %1 the first three tracks whose own estimate it is, %n how many more
STEMWISE_TEXT_N(SourceDetectedFromMore, "source.detected_from_more", 1, QT_TRANSLATE_N_NOOP("CoreText", "detected (%1 and %n more)"), "detected (%1 and %n more)", "detected (%1 and %n more)")

// ---- the session's genre in the suggestions' context (workflow/sessiongenre.h) -------------
//: %1 the genre the user set ("rock")
STEMWISE_TEXT(GenreUser, "genre.user", 1, QT_TRANSLATE_NOOP("CoreText", "genre %1"))
STEMWISE_TEXT(GenreNotSet, "genre.not_set", 0, QT_TRANSLATE_NOOP("CoreText", "genre not set"))
//: %1 the estimated genre, %2 how sure the estimate is ("62 %"), %3 the next nearest genre
STEMWISE_TEXT(GenreEstimated, "genre.estimated", 3, QT_TRANSLATE_NOOP("CoreText", "genre: %1 (estimated, %2; runner-up %3)"))
//: %1 the estimated genre, %2 how sure the estimate is ("62 %")
STEMWISE_TEXT(GenreEstimatedAlone, "genre.estimated_alone", 2, QT_TRANSLATE_NOOP("CoreText", "genre: %1 (estimated, %2)"))
//: the evidence is thin, the genre is not used: %1 the nearest genre, %2 how sure ("38 %"), %3 the next nearest
STEMWISE_TEXT(GenreUncertain, "genre.uncertain", 3, QT_TRANSLATE_NOOP("CoreText", "genre uncertain (nearest %1, %2; runner-up %3), not used"))
//: the evidence is thin, the genre is not used: %1 the nearest genre, %2 how sure ("38 %")
STEMWISE_TEXT(GenreUncertainAlone, "genre.uncertain_alone", 2, QT_TRANSLATE_NOOP("CoreText", "genre uncertain (nearest %1, %2), not used"))

// ---- what a piece of evidence measured, where its id names a track (Evidence::label) -------
//: %1 a band, %2 a track
STEMWISE_TEXT(EvidenceBandShareOf, "evidence.band_share_of", 2, QT_TRANSLATE_NOOP("CoreText", "%1 share of %2"))
//: %1 a track
STEMWISE_TEXT(EvidenceCorrelationOf, "evidence.correlation_of", 1, QT_TRANSLATE_NOOP("CoreText", "correlation of %1"))
//: %1 a track (a line of the gain plan)
STEMWISE_TEXT(EvidenceTruePeakOf, "evidence.true_peak_of", 1, QT_TRANSLATE_NOOP("CoreText", "true peak of %1"))
STEMWISE_TEXT(EvidenceLoudnessOf, "evidence.integrated_loudness_of", 1, QT_TRANSLATE_NOOP("CoreText", "integrated loudness of %1"))
STEMWISE_TEXT(EvidenceBalanceDeviationOf, "evidence.balance_deviation_of", 1, QT_TRANSLATE_NOOP("CoreText", "deviation of %1 from the balance"))

// ---- what a comparison of two tracks found (compare/trackcomparison.cpp) -------------------
//: %1 track A, %2 dB, %3 track B, %4 and %5 their loudness
STEMWISE_TEXT(CompareLouder, "compare.louder", 5, QT_TRANSLATE_NOOP("CoreText", "%1 is %2 dB louder than %3 (%4 vs %5 LUFS integrated)."))
STEMWISE_TEXT(CompareQuieter, "compare.quieter", 5, QT_TRANSLATE_NOOP("CoreText", "%1 is %2 dB quieter than %3 (%4 vs %5 LUFS integrated)."))
//: %1 track A, %2 its true peak, %3 dB, %4 track B, %5 its true peak
STEMWISE_TEXT(ComparePeaksHigher, "compare.peaks_higher", 5, QT_TRANSLATE_NOOP("CoreText", "%1 peaks at %2 dBTP, %3 dB higher than %4 (%5 dBTP)."))
STEMWISE_TEXT(ComparePeaksLower, "compare.peaks_lower", 5, QT_TRANSLATE_NOOP("CoreText", "%1 peaks at %2 dBTP, %3 dB lower than %4 (%5 dBTP)."))
//: %1 track A, %2 LU, %3 track B, %4 and %5 their loudness ranges
STEMWISE_TEXT(CompareMoreRange, "compare.more_range", 5, QT_TRANSLATE_NOOP("CoreText", "%1 has %2 LU more loudness range than %3 (%4 vs %5 LU)."))
STEMWISE_TEXT(CompareLessRange, "compare.less_range", 5, QT_TRANSLATE_NOOP("CoreText", "%1 has %2 LU less loudness range than %3 (%4 vs %5 LU)."))
//: %1 track A, %2 dB, %3 and %4 the crest factors, %5 track B
STEMWISE_TEXT(CompareCrestHigher, "compare.crest_higher", 5, QT_TRANSLATE_NOOP("CoreText", "%1's crest factor is %2 dB higher (%3 vs %4 dB): it is less compressed than %5."))
STEMWISE_TEXT(CompareCrestLower, "compare.crest_lower", 5, QT_TRANSLATE_NOOP("CoreText", "%1's crest factor is %2 dB lower (%3 vs %4 dB): it is more compressed than %5."))
//: %1 track A, %2 track B, %3 and %4 their widths
STEMWISE_TEXT(CompareWider, "compare.wider", 4, QT_TRANSLATE_NOOP("CoreText", "%1 is wider than %2 (stereo width %3 vs %4)."))
STEMWISE_TEXT(CompareNarrower, "compare.narrower", 4, QT_TRANSLATE_NOOP("CoreText", "%1 is narrower than %2 (stereo width %3 vs %4)."))
//: %1 track A, %2 its score, %3 track B, %4 its score, %5 the difference
STEMWISE_TEXT(CompareScores, "compare.scores", 5, QT_TRANSLATE_NOOP("CoreText", "%1 scores %2/100, %3 %4/100 (%5 points)."))
//: %1 track A, %2 a band (singular in English: "sub bass", "bass", "air"), %3 its range, %4 dB, %5 track B, %6 a clause on the references' spread
STEMWISE_TEXT(CompareBandIsHigher, "compare.band_is_higher", 6, QT_TRANSLATE_NOOP("CoreText", "%1's %2 (%3) is %4 dB higher than %5's%6."))
STEMWISE_TEXT(CompareBandIsLower, "compare.band_is_lower", 6, QT_TRANSLATE_NOOP("CoreText", "%1's %2 (%3) is %4 dB lower than %5's%6."))
//: %1 track A, %2 a band (plural in English: "low mids", "highs"), %3 its range, %4 dB, %5 track B, %6 a clause on the references' spread
STEMWISE_TEXT(CompareBandAreHigher, "compare.band_are_higher", 6, QT_TRANSLATE_NOOP("CoreText", "%1's %2 (%3) are %4 dB higher than %5's%6."))
STEMWISE_TEXT(CompareBandAreLower, "compare.band_are_lower", 6, QT_TRANSLATE_NOOP("CoreText", "%1's %2 (%3) are %4 dB lower than %5's%6."))
STEMWISE_TEXT(CompareMatchedBandIsHigher, "compare.matched_band_is_higher", 6, QT_TRANSLATE_NOOP("CoreText", "Loudness-matched, %1's %2 (%3) is %4 dB higher than %5's%6."))
STEMWISE_TEXT(CompareMatchedBandIsLower, "compare.matched_band_is_lower", 6, QT_TRANSLATE_NOOP("CoreText", "Loudness-matched, %1's %2 (%3) is %4 dB lower than %5's%6."))
STEMWISE_TEXT(CompareMatchedBandAreHigher, "compare.matched_band_are_higher", 6, QT_TRANSLATE_NOOP("CoreText", "Loudness-matched, %1's %2 (%3) are %4 dB higher than %5's%6."))
STEMWISE_TEXT(CompareMatchedBandAreLower, "compare.matched_band_are_lower", 6, QT_TRANSLATE_NOOP("CoreText", "Loudness-matched, %1's %2 (%3) are %4 dB lower than %5's%6."))
STEMWISE_TEXT(CompareSpreadOutside, "compare.spread_outside", 1, QT_TRANSLATE_NOOP("CoreText", " (the references spread ±%1 dB: outside)"))
STEMWISE_TEXT(CompareSpreadWithin, "compare.spread_within", 1, QT_TRANSLATE_NOOP("CoreText", " (the references spread ±%1 dB: within)"))
//: %1 track A, %2 track B, %3 dB, %4 the filter ("a low shelf at 60 Hz")
STEMWISE_TEXT(CompareMoveCut, "compare.move_cut", 4, QT_TRANSLATE_NOOP("CoreText", "To bring %1 towards %2: cut %3 dB with %4, then listen again."))
STEMWISE_TEXT(CompareMoveBoost, "compare.move_boost", 4, QT_TRANSLATE_NOOP("CoreText", "To bring %1 towards %2: boost %3 dB with %4, then listen again."))
STEMWISE_TEXT(CompareLowShelf, "compare.low_shelf", 1, QT_TRANSLATE_NOOP("CoreText", "a low shelf at %1"))
STEMWISE_TEXT(CompareHighShelf, "compare.high_shelf", 1, QT_TRANSLATE_NOOP("CoreText", "a high shelf at %1"))
STEMWISE_TEXT(CompareBroadBell, "compare.broad_bell", 1, QT_TRANSLATE_NOOP("CoreText", "a broad bell (Q 0.7) at %1"))
//: %1 track A, %2 dB, %3 track B
STEMWISE_TEXT(CompareLowerToMatch, "compare.lower_to_match", 3, QT_TRANSLATE_NOOP("CoreText", "To A/B fairly, lower %1 by %2 dB to %3's loudness."))
STEMWISE_TEXT(CompareRaiseToMatch, "compare.raise_to_match", 3, QT_TRANSLATE_NOOP("CoreText", "To A/B fairly, raise %1 by %2 dB to %3's loudness."))
STEMWISE_TEXT(CompareMoreDynamic, "compare.more_dynamic", 3, QT_TRANSLATE_NOOP("CoreText", "%1 is %2 dB more dynamic than %3: compress or limit it by about that much to match its density."))
STEMWISE_TEXT(CompareDenser, "compare.denser", 3, QT_TRANSLATE_NOOP("CoreText", "%1 is %2 dB denser than %3: ease its compression or limiting."))
//: %1 track A, %2 its width, %3 track B, %4 its width
STEMWISE_TEXT(CompareNarrow, "compare.narrow", 4, QT_TRANSLATE_NOOP("CoreText", "Narrow %1 with a mid/side balance: its width is %2, %3's %4."))
STEMWISE_TEXT(CompareWiden, "compare.widen", 4, QT_TRANSLATE_NOOP("CoreText", "Widen %1 with a mid/side balance: its width is %2, %3's %4."))

// ---- the style learned from the references (compare/referencestyle.cpp) -------------------
STEMWISE_TEXT(StyleAbove, "style.above", 0, QT_TRANSLATE_NOOP("CoreText", "above 90 % of your references"))
STEMWISE_TEXT(StyleBelow, "style.below", 0, QT_TRANSLATE_NOOP("CoreText", "below 90 % of your references"))
//: %1 a section type ("chorus")
STEMWISE_TEXT(StyleSectionAbove, "style.section_above", 1, QT_TRANSLATE_NOOP("CoreText", "above 90 % of the %1 sections of your references"))
//: %1 a section type ("chorus")
STEMWISE_TEXT(StyleSectionBelow, "style.section_below", 1, QT_TRANSLATE_NOOP("CoreText", "below 90 % of the %1 sections of your references"))
//: %1 the track, %2 a band ("low mids"), %3 its range in Hz, %4 dB, %5 "above 90 % of your references", %6-%8 dB
STEMWISE_TEXT(StyleBand, "style.band", 8, QT_TRANSLATE_NOOP("CoreText", "%1: %2 (%3) at %4 dB relative to the loudness, %5 (10–90 %: %6 to %7 dB, median %8 dB)."))
//: %1 the track, %2 dB, %3 "above 90 % of your references", %4-%6 dB
STEMWISE_TEXT(StylePlr, "style.plr", 6, QT_TRANSLATE_NOOP("CoreText", "%1: PLR %2 dB, %3 (10–90 %: %4 to %5 dB, median %6 dB)."))
//: %1 the track, %2 LU, %3 "above 90 % of your references", %4-%6 LU
STEMWISE_TEXT(StyleLra, "style.lra", 6, QT_TRANSLATE_NOOP("CoreText", "%1: loudness range %2 LU, %3 (10–90 %: %4 to %5 LU, median %6 LU)."))
//: %1 the track, %2 width (a ratio), %3 "above 90 % of your references", %4-%6 widths
STEMWISE_TEXT(StyleWidth, "style.width", 6, QT_TRANSLATE_NOOP("CoreText", "%1: stereo width %2, %3 (10–90 %: %4 to %5, median %6)."))
//: %1 the track, %2 a section type ("chorus"), %3 a band, %4 its range in Hz, %5 dB (the mean over the track's sections of the type), %6 "above 90 % of the chorus sections of your references", %7-%9 dB
STEMWISE_TEXT(StyleSectionBand, "style.section_band", 9, QT_TRANSLATE_NOOP("CoreText", "%1, its %2 sections: %3 (%4) at %5 dB relative to their loudness, %6 (10–90 %: %7 to %8 dB, median %9 dB)."))
//: %1 the track, %2 a section type ("chorus"), %3 LU (the mean over the track's sections of the type), %4 "above 90 % of the chorus sections of your references", %5-%7 LU
STEMWISE_TEXT(StyleSectionLift, "style.section_lift", 7, QT_TRANSLATE_NOOP("CoreText", "%1, its %2 sections: %3 LU relative to the song's loudness, %4 (10–90 %: %5 to %6 LU, median %7 LU)."))

// ---- what changes from one section of the song to the next (analysis/sessionsections.h) ---
//: %1 a section ("Chorus (B)"), %2 the stems that enter, %3 the loudness change in LU (signed), %4 the section before
STEMWISE_TEXT(SectionNoLift, "section.no_lift", 4, QT_TRANSLATE_NOOP("CoreText", "%1 brings in %2, yet it is no louder than %4 (%3 LU): it does not lift."))
//: %1 a section, %2 dB, %3 the section before
STEMWISE_TEXT(SectionLowEndDrop, "section.low_end_drop", 3, QT_TRANSLATE_NOOP("CoreText", "The low end (20–250 Hz) of %1 lies %2 dB below that of %3 while the loudness holds."))
//: %1 a section, %2 its length in bars
STEMWISE_TEXT(SectionUnchangingBars, "section.unchanging_bars", 2, QT_TRANSLATE_NOOP("CoreText", "%1 runs %2 bars with the same stems at the same levels: consider a change (a part in or out, a fill)."))
//: %1 a section, %2 its length in seconds
STEMWISE_TEXT(SectionUnchangingSeconds, "section.unchanging_s", 2, QT_TRANSLATE_NOOP("CoreText", "%1 runs %2 s with the same stems at the same levels: consider a change (a part in or out, a fill)."))
//: %1 a section, %2 the key before (“A minor”), %3 the key of %1, %4 the shift in semitones (signed), %5 the section before
STEMWISE_TEXT(SectionKeyChange, "section.key_change", 5, QT_TRANSLATE_NOOP("CoreText", "The key changes at %1: from %2 in %5 to %3 (%4 semitones)."))
//: a section without a name of its own; %1 its number in the song
STEMWISE_TEXT(SectionNumbered, "section.numbered", 1, QT_TRANSLATE_NOOP("CoreText", "section %1"))
//: %1 a section's name ("section 3", "Chorus"), %2 its group ("A", "B′")
STEMWISE_TEXT(SectionLabel, "section.label", 2, QT_TRANSLATE_NOOP("CoreText", "%1 (%2)"))
//: what changed at a boundary between sections; %1 the stems
STEMWISE_TEXT(SectionStemsIn, "section.stems_in", 1, QT_TRANSLATE_NOOP("CoreText", "%1 in"))
STEMWISE_TEXT(SectionStemsOut, "section.stems_out", 1, QT_TRANSLATE_NOOP("CoreText", "%1 out"))
STEMWISE_TEXT(SectionStemsLouder, "section.stems_louder", 1, QT_TRANSLATE_NOOP("CoreText", "%1 louder"))
STEMWISE_TEXT(SectionStemsQuieter, "section.stems_quieter", 1, QT_TRANSLATE_NOOP("CoreText", "%1 quieter"))
//: a section's function in the song, as its name (analysis/sectionnames.h)
STEMWISE_TEXT(SectionRoleIntro, "section.role.intro", 0, QT_TRANSLATE_NOOP("CoreText", "intro"))
STEMWISE_TEXT(SectionRoleVerse, "section.role.verse", 0, QT_TRANSLATE_NOOP("CoreText", "verse"))
STEMWISE_TEXT(SectionRolePreChorus, "section.role.pre_chorus", 0, QT_TRANSLATE_NOOP("CoreText", "pre-chorus"))
STEMWISE_TEXT(SectionRoleChorus, "section.role.chorus", 0, QT_TRANSLATE_NOOP("CoreText", "chorus"))
STEMWISE_TEXT(SectionRoleBridge, "section.role.bridge", 0, QT_TRANSLATE_NOOP("CoreText", "bridge"))
STEMWISE_TEXT(SectionRoleBreak, "section.role.break", 0, QT_TRANSLATE_NOOP("CoreText", "break"))
STEMWISE_TEXT(SectionRoleDrop, "section.role.drop", 0, QT_TRANSLATE_NOOP("CoreText", "drop"))
STEMWISE_TEXT(SectionRoleOutro, "section.role.outro", 0, QT_TRANSLATE_NOOP("CoreText", "outro"))
//: a section's name that occurs more than once: %1 the name ("verse"), %2 its number in the song
STEMWISE_TEXT(SectionRoleNumbered, "section.role.numbered", 2, QT_TRANSLATE_NOOP("CoreText", "%1 %2"))
//: why a section is named so. %1 how many stems play in it, %2 how many the fullest section has, %3 the stems
//: (read only: texts written before the intro's and outro's sentences had plural forms; new ones are the _n below)
STEMWISE_TEXT(SectionWhyIntro, "section.why.intro", 3, QT_TRANSLATE_NOOP("CoreText", "the first section, %1 stems playing (the fullest section: %2); %3 enter after it"))
STEMWISE_TEXT(SectionWhyOutro, "section.why.outro", 3, QT_TRANSLATE_NOOP("CoreText", "the last section, %1 stems playing (the fullest section: %2); %3 leave as it starts"))
//: why a section is named so. %n how many stems play in it, %1 how many the fullest section has, %2 the stems
STEMWISE_TEXT_N(SectionWhyIntroN, "section.why.intro_n", 2, QT_TRANSLATE_N_NOOP("CoreText", "the first section, %n stem(s) playing (the fullest section: %1); %2 enter after it"), "the first section, %n stem playing (the fullest section: %1); %2 enter after it", "the first section, %n stems playing (the fullest section: %1); %2 enter after it")
//: why a section is named so. %n how many stems play in it, %1 how many the fullest section has, %2 the stems
STEMWISE_TEXT_N(SectionWhyOutroN, "section.why.outro_n", 2, QT_TRANSLATE_N_NOOP("CoreText", "the last section, %n stem(s) playing (the fullest section: %1); %2 leave as it starts"), "the last section, %n stem playing (the fullest section: %1); %2 leave as it starts", "the last section, %n stems playing (the fullest section: %1); %2 leave as it starts")
//: %1 the group ("B"), %2 stems playing on average, %3 LUFS on average, %4 the verses' group, %5 and %6 their stems and LUFS
STEMWISE_TEXT(SectionWhyChorus, "section.why.chorus", 6, QT_TRANSLATE_NOOP("CoreText", "group %1: %2 stems at %3 LUFS on average, fuller and louder than group %4 before it (%5 stems at %6 LUFS)"))
//: %1 the group, %2 stems playing on average, %3 LUFS on average, %4 the choruses' group
STEMWISE_TEXT(SectionWhyVerse, "section.why.verse", 4, QT_TRANSLATE_NOOP("CoreText", "group %1: %2 stems at %3 LUFS on average, before the choruses (group %4)"))
//: a mix alone (no stems): %1 and %3 group letters, %2 and %4 their mean loudness in LUFS
STEMWISE_TEXT(SectionWhyChorusMix, "section.why.chorus_mix", 4, QT_TRANSLATE_NOOP("CoreText", "group %1: %2 LUFS on average, louder than group %3 before it (%4 LUFS)"))
//: a mix alone (no stems): %1 and %3 group letters, %2 its mean loudness in LUFS
STEMWISE_TEXT(SectionWhyVerseMix, "section.why.verse_mix", 3, QT_TRANSLATE_NOOP("CoreText", "group %1: %2 LUFS on average, before the louder choruses (group %3)"))
STEMWISE_TEXT(SectionWhyPreChorus, "section.why.pre_chorus", 1, QT_TRANSLATE_NOOP("CoreText", "group %1, each time between a verse and a chorus"))
//: %1 the drum and bass stems
STEMWISE_TEXT(SectionWhyBreak, "section.why.break", 1, QT_TRANSLATE_NOOP("CoreText", "%1 stop for it and play again after it"))
//: %1 the drum and bass stems, %2 stems playing, %3 LUFS
STEMWISE_TEXT(SectionWhyDrop, "section.why.drop", 3, QT_TRANSLATE_NOOP("CoreText", "%1 return after the break; the fullest and loudest section (%2 stems at %3 LUFS)"))
STEMWISE_TEXT(SectionWhyBridge, "section.why.bridge", 1, QT_TRANSLATE_NOOP("CoreText", "group %1, played once, between choruses"))
//: what changed in a mix alone (no stems) at a boundary between sections: its chords or melody
STEMWISE_TEXT(SectionMixHarmony, "section.mix_harmony", 0, QT_TRANSLATE_NOOP("CoreText", "harmony changes"))
//: what changed in a mix alone at a boundary: its band balance (instruments in or out, another sound)
STEMWISE_TEXT(SectionMixTimbre, "section.mix_timbre", 0, QT_TRANSLATE_NOOP("CoreText", "timbre changes"))
//: what changed in a mix alone at a boundary; %1 dB
STEMWISE_TEXT(SectionMixLouder, "section.mix_louder", 1, QT_TRANSLATE_NOOP("CoreText", "%1 dB louder"))
STEMWISE_TEXT(SectionMixQuieter, "section.mix_quieter", 1, QT_TRANSLATE_NOOP("CoreText", "%1 dB quieter"))
