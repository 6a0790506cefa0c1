"""Writers of the files the app hands out: Excel registers, PDF documents."""
