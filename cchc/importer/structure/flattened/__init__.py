"""Task tables that a PDF-to-text step flattened into one stream of interleaved cell lines.

Scraped PDF text reads a table by height, not by cell: every visual line of every cell is
emitted in order of its vertical position, lines at the same height left to right. A row
whose cells are vertically centred therefore comes out as a regular weave (title line 1,
coordinating line 1, deadline line 1, title line 2, ...) with the row number in the middle.

Recovering the cells:

1. cut the text into *fragments*, one per visual cell line. Document-sharing sites join the
   words of a line by no-break spaces and separate lines by a plain space, a wrapped line
   keeping a trailing no-break space; other extractors put one line per text line, or end
   wrapped lines with two spaces. Scraping junk and page-number prefixes are dropped, and
   fragments that are two lines glued together are split (where exactly is decided later);
2. the header gives the columns and, as it is woven like any row, their left-to-right order;
   row numbers (1, 2, 3 ... restarting under each Roman heading, jumps allowed, 1.1, 1.2
   under a group row) anchor the rows;
3. for each candidate row, every plausible layout (lines per column, cells top- or
   centre-aligned) is rendered back into a reading order and scored against the fragments:
   only the content column is wide, agency and deadline vocabulary, which fragments end a
   cell, and whether the cells read as agency lists or deadlines. Row boundaries are chosen
   together with the layouts; a row cut by a page break may be two layouts, one per page;
4. rows that no layout explains well (columns with different line spacing) are decoded
   from the column streams alone;
5. where the weave cannot tell the lead cell from the coordinating one, one width per column
   fitted over the whole table decides (a cell wraps where its column is full).

Modules, in that order: `cutting`, `header`, `numbers` (row anchors), `layouts` (rendering
and ranking layouts), `scoring`, `vocabulary`, `rows` (cutting rows), `streams`, `glued`
(widths, glued lines), `orientation`; `table` ties them together.

Decoding costs in the number of candidate rows times the layouts of each, so the search is
pruned without changing its result: layouts are grouped by where their row number falls
before any is rendered, a row is decoded only if an upper bound on its score (each line in
its best column, every cell perfect) can beat the best way found to its end and the rows
after it can still be laid out, and whole-cell evidence is computed only for readings that
can still win, both by the row's bound and by the reading's own (its layouts' line counts:
one perfect cell per agency or deadline column, each further line reading on perfectly).
Results are memoised per run of lines, which the parts of page-cut rows share.

Where the time goes (seed 001, about 0.4 s of CPU in a fresh process): rendering the layouts
of each new (lines, wide lines, number position) group, scoring them (one sum over score table
indices each), whole-cell evidence of the readings that can still win, and the column-stream
beam search of rows off the model. Each row keeps its 5 best layouts (`KEEP_LAYOUTS`) and the
stream search 10 states per line: 25 and 30 recovered no more cells, on 001 or on synthetic
weaves of the gold tasks of all seeds, and cost a third more. Two exact speed-ups were tried and
cost more than sorting each layout's lines: branch and bound over the reading order (what a
partial layout allows bounds the rest only loosely), and growing layouts height by height from
the middle (most branches die before they make a layout). Only fitting lead and coordinating
widths prunes well by bounds (costs are never negative, so a lead width is given up once its
running totals all exceed the best pair found).
"""
from __future__ import annotations

from .header import find_flattened_table
from .model import FlatRow
from .table import recover_flattened_rows, recover_flattened_table

__all__ = ["FlatRow", "find_flattened_table", "recover_flattened_rows", "recover_flattened_table"]
