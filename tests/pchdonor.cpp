// Donor of the tests' precompiled headers (tests/CMakeLists.txt); compiles nothing of its own.
