"""Writers that turn domain records into files: Excel registers, PDF documents."""
