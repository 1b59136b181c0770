/**
 * Finding quantities in German and English news sentences.
 *
 * <p>{@link org.claimgraph.claim.quantity.RuleBasedQuantityFinder} is the entry point; the steps live in
 * package-private classes with one job each:
 * <ul>
 * <li>{@code Tokenizer}, {@code Tok}, {@code PhraseTable}: tokens that remember gluing, multi-word lexicons;</li>
 * <li>{@code NumberSyntax}: "160.000", "13,5", "1,234.5" decided by language and shape;</li>
 * <li>{@code NumberWords}: cardinals from ICU spellout, vague plurals ("Tausende"), fractions;</li>
 * <li>{@code ScaleWords}, {@code UnitWords}: scale words, currencies, percent, cents, basis points;</li>
 * <li>{@code ApproximationWords}, {@code Hedge}: "knapp", "rund", "gut", "up to", "as high as";</li>
 * <li>{@code NumberReader}: one number with its currency, sign, scale, unit and "per share";</li>
 * <li>{@code RatioFinder}, {@code FractionFinder}: "zehnmal so viel", "um ein Viertel", "doubled";</li>
 * <li>{@code CountNouns}: the counted noun after a number, gender forms folded;</li>
 * <li>{@code Exclusions}: years, dates, times, model names, labels, phone numbers, page furniture;</li>
 * <li>{@code Combiner}: ranges, from–to pairs and lists sharing a trailing scale and unit;</li>
 * <li>{@code RoleRules}, {@code ChangeWords}: VALUE, CHANGE (with direction) or PREVIOUS;</li>
 * <li>{@code MentionBuilder}: value and bounds as the approximation says.</li>
 * </ul>
 * All lexicons are immutable and built once, so a finder is thread-safe and compiles no pattern per call.
 */
package org.claimgraph.claim.quantity;
