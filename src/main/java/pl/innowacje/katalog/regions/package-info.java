/**
 * Where solutions were tested, on a map of Poland's voivodeships: each region shaded by its number of solutions in
 * the current search, written on it in figures too, and a link that filters by it. The shapes are a static SVG
 * (cached by browsers), so a page carries only the links, the shades and the numbers.
 */
package pl.innowacje.katalog.regions;
