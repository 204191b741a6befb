/* Placeholder: the search script of the default theme replaces this file. */
