-- Holds the Ardour 7 fixture session open with Ardour's own OSC surface on, for
-- tests/core/tst_oscfollower (followsARealArdourSession): Ardour's headless Lua interpreter
-- (Debian: package ardour, tool ardour7-lua) on the dummy audio backend. The test copies the
-- session, turns its "Open Sound Control (OSC)" protocol on, and steers this script through
-- files in CONTROL-DIR: "move" sets the Kick fader to -10 dB and mutes Keys, "end" closes the
-- session (its OSC surface, and so its heartbeat, stop with it).
--   ardour7-lua follow-ardour.lua SESSION-DIR CONTROL-DIR OSC-PORT
io.stdout:setvbuf("no")
local dir, control, port = arg[1], arg[2], tonumber(arg[3])
assert(dir and control and port, "usage: ardour7-lua follow-ardour.lua SESSION-DIR CONTROL-DIR OSC-PORT")
ARDOUR.config():set_osc_port(port)
AudioEngine:set_backend("None (Dummy)", "", "")
local s = load_session(dir, "ardour7-song")
assert(s, "cannot load the session")
print("loaded")

local function exists(name)
	local f = io.open(control .. "/" .. name, "r")
	if f then f:close() return true end
	return false
end
-- Until "end" (or a minute): "move" once.
local moved = false
for _ = 1, 60 * 20 do
	if exists("end") then break end
	if not moved and exists("move") then
		s:route_by_name("Kick"):gain_control():set_value(ARDOUR.DSP.dB_to_coefficient(-10), PBD.GroupControlDisposition.NoGroup)
		s:route_by_name("Keys"):mute_control():set_value(1, PBD.GroupControlDisposition.NoGroup)
		moved = true
		print("moved")
	end
	ARDOUR.LuaAPI.usleep(50000)
end
close_session()
print("closed")
