"""Forms compiled from ui/*.ui by build_forms; do not edit."""
