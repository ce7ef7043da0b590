// The library's public surface is documented; see docs/ for guides.
