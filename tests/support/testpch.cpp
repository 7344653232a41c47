// The owner of the tests' precompiled header (support/testpch.h); compiles to nothing.
