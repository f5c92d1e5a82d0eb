/** The saved search index, in the workspace's `.newsroom/` folder next to the library index. */
export const SEARCH_INDEX_FILE = 'search-index.bin';
