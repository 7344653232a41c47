-- Makes the Ardour 7 session tests/data/daw/ardour7-song/ardour7-song.ardour with Ardour's own
-- headless Lua interpreter (Debian: package ardour, tool ardour7-lua), on the dummy audio
-- backend. Run by make-ardour-session.sh, by hand, never in CI; the session it writes is
-- committed. Every value set here is one tst_dawsession asserts.
io.stdout:setvbuf("no")  -- a crash of the interpreter still shows how far it got
local dir, mode = arg[1], arg[2]
assert(dir and (mode == "create" or mode == "resave"),
       "usage: ardour7-lua make-ardour-session.lua SESSION-DIR create|resave")

local backend = AudioEngine:set_backend("None (Dummy)", "", "")
backend:set_device_name("Sine Wave")  -- every capture port plays a sine: the takes hold audio

if mode == "resave" then
	-- Load what the first step saved plus the point markers, check Ardour read them as
	-- markers, and save: the file is then Ardour's own writing of them.
	local s = load_session(dir, "ardour7-song")
	assert(s, "cannot load the session")
	local marks = 0
	for l in s:locations():list():iter() do
		if l:is_mark() then marks = marks + 1 end
	end
	assert(marks == 2, "Ardour read " .. marks .. " point markers, not 2")
	s:save_state("", false, false, false, false, false)
	close_session()
	print("resaved: " .. dir)
	return
end

local s = create_session(dir, "ardour7-song", 48000)
assert(s, "no session")
local ng = PBD.GroupControlDisposition.NoGroup
local order = ARDOUR.PresentationInfo.max_order

local function track(name, inputs)
	local list = s:new_audio_track(inputs, 2, nil, 1, name, order, ARDOUR.TrackMode.Normal, true)
	assert(list:size() == 1, "no track " .. name)
	return list:front()
end

local function bus(name)
	local list = s:new_audio_route(2, 2, nil, 1, name, ARDOUR.PresentationInfo.Flag.AudioBus, order)
	assert(list:size() == 1, "no bus " .. name)
	return list:front()
end

local function plugin(route, uri, position)
	local p = ARDOUR.LuaAPI.new_plugin(s, uri, ARDOUR.PluginType.LV2, "")
	assert(not p:isnil(), "no plugin " .. uri)
	assert(route:add_processor_by_index(p, position, nil, true) == 0, "cannot add " .. uri)
	return p
end

local function gainDb(route, db) route:gain_control():set_value(ARDOUR.DSP.dB_to_coefficient(db), ng) end

-- Tracks (mono unless said), in mixer order.
local kick = track("Kick", 1)
gainDb(kick, -3.0)
plugin(kick, "urn:ardour:a-comp", 0)

local bass = track("Bass DI", 1)
gainDb(bass, -6.0)
bass:trim_control():set_value(ARDOUR.DSP.dB_to_coefficient(4.0), ng)
bass:phase_control():set_phase_invert(0, true)
plugin(bass, "urn:ardour:a-eq", 0)
plugin(bass, "urn:ardour:a-comp", 1)

local vox = track("Lead Vox", 1)
gainDb(vox, 2.5)
vox:pan_azimuth_control():set_value(0.35, ng)
vox:solo_control():set_value(1, ng)
plugin(vox, "urn:ardour:a-exp", 0)
plugin(vox, "urn:ardour:a-eq", 1)
plugin(vox, "urn:ardour:a-comp", 2)

local gtr = track("Guitar L", 1)
gainDb(gtr, -9.5)
gtr:pan_azimuth_control():set_value(0.0, ng)
gtr:mute_control():set_value(1, ng)

local keys = track("Keys", 2)
gainDb(keys, -12.0)
keys:pan_azimuth_control():set_value(0.6, ng)
local keysEq = plugin(keys, "urn:ardour:a-eq", 0)
keysEq:deactivate()

-- Buses: drums, and an effect return fed by an aux send.
local drums = bus("Drum Bus")
gainDb(drums, -1.5)
plugin(drums, "urn:ardour:a-comp", 0)

local verb = bus("Vox Verb")
plugin(verb, "urn:ardour:a-reverb", 0)
plugin(verb, "urn:ardour:a-delay", 1)

local senders = ARDOUR.RouteListPtr()
senders:push_back(vox)
s:add_internal_sends(verb, ARDOUR.Placement.PostFader, senders)
local kickSenders = ARDOUR.RouteListPtr()
kickSenders:push_back(kick)
s:add_internal_sends(drums, ARDOUR.Placement.PreFader, kickSenders)
local voxSend = vox:nth_send(0):to_send()
assert(not voxSend:isnil(), "no send on Lead Vox")
voxSend:gain_control():set_value(ARDOUR.DSP.dB_to_coefficient(-10.0), ng)
local kickSend = kick:nth_send(0):to_send()
assert(not kickSend:isnil(), "no send on Kick")
kickSend:gain_control():set_value(ARDOUR.DSP.dB_to_coefficient(-6.0), ng)

-- Tempo 128 BPM in 3/4 from the start; 96 BPM from bar 9.
local tm = Temporal.TempoMap.fetch_writable()
tm:set_tempo(Temporal.Tempo(128, 128, 4), Temporal.timepos_t(0))
tm:set_meter(Temporal.Meter(3, 4), Temporal.timepos_t(0))
-- bar 9 of 3/4 is quarter 24: 24 x 60/128 = 11.25 s
tm:set_tempo(Temporal.Tempo(96, 96, 4), Temporal.timepos_t.from_ticks(Temporal.ticks_per_beat * 24))
Temporal.TempoMap.update(tm)

-- Ranges, in samples at 48 kHz. Lua in Ardour 7.3 can make range markers (Locations:add_range)
-- but not point markers: make-ardour-session.sh puts those into the saved file and has
-- Ardour load and save it again (the "resave" step below).
local function at(seconds) return Temporal.timepos_t(math.floor(seconds * 48000 + 0.5)) end
local bridge = s:locations():add_range(at(40.0), at(52.5))
bridge:set_name("Bridge solo")
local outro = s:locations():add_range(at(60.0), at(75.25))
outro:set_name("Outro")

-- One take on every track: the dummy backend's sines, 2 s.
local tracks = {kick, bass, vox, gtr, keys}
for _, t in ipairs(tracks) do t:rec_enable_control():set_value(1, ng) end
ARDOUR.LuaAPI.usleep(300000)
s:maybe_enable_record(false)
s:request_roll(ARDOUR.TransportRequestSource.TRS_UI)
ARDOUR.LuaAPI.usleep(2000000)
s:request_stop(false, false, ARDOUR.TransportRequestSource.TRS_UI)
ARDOUR.LuaAPI.usleep(1500000)
for _, t in ipairs(tracks) do t:rec_enable_control():set_value(0, ng) end
ARDOUR.LuaAPI.usleep(300000)

-- A VCA at -4 dB over Kick and Bass DI (made last, so that the ids of everything above stay
-- as they were before it was added).
local vca = s:vca_manager():create_vca(1, "Drums VCA"):front()
vca:gain_control():set_value(ARDOUR.DSP.dB_to_coefficient(-4.0), ng)
kick:to_slavable():assign(vca)
bass:to_slavable():assign(vca)
ARDOUR.LuaAPI.usleep(300000)

-- Real-time controls (mute, solo) reach the routes in a process cycle: check before saving.
assert(gtr:mute_control():get_value() == 1, "Guitar L not muted")
assert(vox:solo_control():get_value() == 1, "Lead Vox not soloed")
s:save_state("", false, false, false, false, false)
close_session()
print("written: " .. dir)
