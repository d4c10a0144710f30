import { describe, expect, it } from 'vitest';
import { cssPruner, pruneCss, type PageNames } from '../../src/integrations/shared/css-prune';
import {
  blockingStylesheets,
  inlineScripts,
  namedScripts,
  pageNames,
  withOneSpace,
  withOneStylesheet,
  withoutPagefindMarkup,
} from '../../src/integrations/shared/page-html';

/** The names of a small page, and the scripts it may run. */
const names = (html: string, scripts = ''): PageNames => pageNames(html, [scripts]);

const PAGE =
  '<body class="page"><main id="main"><h1 class="title big">Hi</h1><a href="/x" data-state="on">x</a></main></body>';

describe('pruneCss', () => {
  it('drops a later @layer properties block that an earlier one already says, and keeps one that adds or changes a value', () => {
    const first = '@layer properties{@supports (x:y){*,:before{--a:0;--b:solid}}}';
    expect(pruneCss(`${first}.title{c:1}@layer properties{@supports (x:y){*,:before{--b:solid}}}`, names(PAGE))).toBe(
      `${first}.title{c:1}`,
    );
    const changes = '@layer properties{@supports (x:y){*,:before{--b:dashed}}}';
    expect(pruneCss(`${first}${changes}`, names(PAGE))).toBe(`${first}${changes}`);
    const elsewhere = '@layer properties{@supports (z:w){*,:before{--a:0}}}';
    expect(pruneCss(`${first}${elsewhere}`, names(PAGE))).toBe(`${first}${elsewhere}`);
  });

  it('keeps rules whose selector names what the page has, and drops the others', () => {
    const css =
      '.title{color:red}.missing{color:blue}#main{margin:0}#other{margin:1px}h1{font-size:2em}table{width:1px}';
    expect(pruneCss(css, names(PAGE))).toBe('.title{color:red}#main{margin:0}h1{font-size:2em}');
  });

  it('needs every name of a compound and of its ancestors, and one selector of a list', () => {
    const css = '.page .title{a:1}.page .nope{b:2}.title.big{c:3}.title.small{d:4}.nope,.big{e:5}main>h1+p{f:6}';
    expect(pruneCss(css, names(PAGE))).toBe('.page .title{a:1}.title.big{c:3}.nope,.big{e:5}');
  });

  it('matches attributes by name only, ignores states and pseudo-elements, and keeps :root, html, body and *', () => {
    const css =
      '[data-state=off]{a:1}[data-kind]{b:2}a:hover{c:3}.title::before{d:4}:root{--x:1}html{e:5}body{f:6}*{g:7}.nope:focus{h:8}';
    expect(pruneCss(css, names(PAGE))).toBe(
      '[data-state=off]{a:1}a:hover{c:3}.title::before{d:4}:root{--x:1}html{e:5}body{f:6}*{g:7}',
    );
  });

  it('reads :is(), :where() and :has() as one of, and :not() as requiring nothing', () => {
    const css = ':is(.nope,.title){a:1}:where(.nope,table){b:2}main:has(.nope){c:3}main:has(h1){d:4}h1:not(.nope){e:5}';
    expect(pruneCss(css, names(PAGE))).toBe(':is(.nope,.title){a:1}main:has(h1){d:4}h1:not(.nope){e:5}');
  });

  it('counts names the page’s scripts use: a class they add, an element they make, a data attribute by its dataset key', () => {
    const scripts =
      'e.classList.add(`is-open`);t.querySelector(`.site-menu a`);d.createElement("dialog");n.dataset.searchOpen=1';
    const css = '.is-open{a:1}.site-menu{b:2}dialog{c:3}[data-search-open]{d:4}.is{e:5}.site{f:6}';
    expect(pruneCss(css, names(PAGE, scripts))).toBe('.is-open{a:1}.site-menu{b:2}dialog{c:3}[data-search-open]{d:4}');
  });

  it('keeps rules on `open`, which the browser sets when a reader opens a <details> or a dialog', () => {
    expect(pruneCss('[open]>.title{a:1}details[open]{b:2}', names(PAGE))).toBe('[open]>.title{a:1}');
  });

  it('reads escaped utility classes as written in the HTML', () => {
    const page = '<p class="sm:text-xl max-w-[60ch]">x</p>';
    const css =
      '@media (width>=40rem){.sm\\:text-xl{font-size:1.25rem}.sm\\:text-4xl{font-size:2rem}}.max-w-\\[60ch\\]{max-width:60ch}';
    expect(pruneCss(css, names(page))).toBe(
      '@media (width>=40rem){.sm\\:text-xl{font-size:1.25rem}}.max-w-\\[60ch\\]{max-width:60ch}',
    );
  });

  it('prunes inside @media and @supports, and drops them once empty', () => {
    const css = '@media print{.nope{a:1}}@supports (display:grid){@media (width>=1px){.title{b:2}.nope{c:3}}}';
    expect(pruneCss(css, names(PAGE))).toBe('@supports (display:grid){@media (width>=1px){.title{b:2}}}');
  });

  it('keeps an emptied @layer as a statement, so the layers keep their order', () => {
    const css = '@layer theme,base;@layer components{.nope{a:1}}@layer utilities{.title{b:2}}';
    expect(pruneCss(css, names(PAGE))).toBe('@layer theme,base;@layer components;@layer utilities{.title{b:2}}');
  });

  it('keeps @font-face, @property and custom properties; @keyframes only while a kept rule names them', () => {
    const css =
      '@font-face{font-family:X;src:url(x.woff2)}@property --tw-x{syntax:"*";inherits:false}:root{--y:1}' +
      '@keyframes spin{to{rotate:1turn}}@keyframes fade{to{opacity:0}}.title{animation:spin 1s}.nope{animation:fade 1s}';
    expect(pruneCss(css, names(PAGE))).toBe(
      '@font-face{font-family:X;src:url(x.woff2)}@property --tw-x{syntax:"*";inherits:false}:root{--y:1}' +
        '@keyframes spin{to{rotate:1turn}}.title{animation:spin 1s}',
    );
  });

  it('keeps a rule whose selector it cannot read', () => {
    expect(pruneCss('.nope >> .other{a:1}.nope{b:2}', names(PAGE))).toBe('.nope >> .other{a:1}');
  });
});

describe('cssPruner', () => {
  const css =
    '@layer base{h1{a:1}}.title{b:2}.nope{c:3}@media (width>=1px){#main{d:4}.other{e:5}}' +
    '@keyframes spin{to{rotate:1turn}}.other{animation:spin 1s}';

  it('gives each page what pruneCss gives it, however many pages it prunes, in any order', () => {
    const pages = [PAGE, '<p class="other">x</p>', PAGE, '<table></table>', '<p class="other title">x</p>'];
    const prune = cssPruner(css);
    const once = pages.map((page) => pruneCss(css, names(page)));
    expect(pages.map((page) => prune(names(page)))).toEqual(once);
    expect([...pages].reverse().map((page) => prune(names(page)))).toEqual([...once].reverse());
    expect(new Set(once).size).toBe(4);
  });

  it('finds a name in any one of the scripts, never across two of them', () => {
    const prune = cssPruner('.site-menu{a:1}.is-open{b:2}');
    expect(prune(pageNames('<p>x</p>', ['t.querySelector(".site-menu")', 'e.classList.add("is-open")']))).toBe(
      '.site-menu{a:1}.is-open{b:2}',
    );
    expect(prune(pageNames('<p>x</p>', ['".site-', 'menu" is-open-now']))).toBe('');
  });

  it('finds names with other characters in scripts as whole names only', () => {
    const prune = cssPruner('.sm\\:flex{a:1}.max-w-\\[60ch\\]{b:2}');
    expect(prune(pageNames('<p>x</p>', ['add("sm:flex")', 'add("max-w-[60ch]x")']))).toBe('.sm\\:flex{a:1}');
  });
});

describe('the page’s HTML', () => {
  it('gives its classes, ids, elements and attribute names, with entities decoded', () => {
    const found = names('<div class="a  b&amp;c" id="x" data-src="/s.js" hidden><svg viewBox="0 0 1 1"></svg></div>');
    expect([...found.classes]).toEqual(['a', 'b&c']);
    expect([...found.ids]).toEqual(['x']);
    expect([...found.elements]).toEqual(['html', 'head', 'body', 'div', 'svg']);
    expect([...found.attributes]).toEqual(['class', 'id', 'data-src', 'hidden', 'viewbox']);
  });

  it('reads an attribute written twice as a browser does: the first one counts', () => {
    const found = names('<p class="a" class="b" id="x" id="y">x</p>');
    expect([...found.classes]).toEqual(['a']);
    expect([...found.ids]).toEqual(['x']);
  });

  it('finds its inline scripts and the script files it names', () => {
    const html =
      '<script type="module">load()</script><button data-src="/kat/_astro/search-a1.js"></button><a href="/_astro/x.js">';
    expect(inlineScripts(html)).toEqual(['load()']);
    expect(namedScripts(html, '/kat/_astro/')).toEqual(['/kat/_astro/search-a1.js']);
  });

  it('lists the stylesheets that hold up the page, not the print-only one, and puts one link in their place', () => {
    const html =
      '<head><link rel="stylesheet" href="/_astro/print.css" media="print"><link rel="icon" href="/i.svg">' +
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css" media="screen"></head>';
    const links = blockingStylesheets(html);
    expect(links.map((link) => link.href)).toEqual(['/_astro/a.css', '/_astro/b.css']);
    expect(withOneStylesheet(html, links, '/_astro/page.x.css')).toBe(
      '<head><link rel="stylesheet" href="/_astro/print.css" media="print"><link rel="icon" href="/i.svg">' +
        '<link rel="stylesheet" href="/_astro/page.x.css"></head>',
    );
  });

  it('loses what only the indexer reads once it is indexed: data-pagefind-* attributes and the <meta> that gave it a field', () => {
    const html =
      '<head><meta name="keywords" content="a, b" data-pagefind-meta="aliases[content]"><meta name="description" content="d"></head>' +
      '<article class="guide" data-pagefind-body data-pagefind-filter="phase:before"><p data-pagefind-weight="3">Words about data-pagefind-body</p>' +
      '<nav data-pagefind-ignore>x</nav></article>';
    expect(withoutPagefindMarkup(html)).toBe(
      '<head><meta name="description" content="d"></head>' +
        '<article class="guide"><p>Words about data-pagefind-body</p><nav>x</nav></article>',
    );
  });
});

describe('withOneSpace', () => {
  it('makes each run of spaces in the text one, as a browser shows it', () => {
    expect(withOneSpace('<ul> <li> <a href="#a">A</a>  </li>   </ul>')).toBe(
      '<ul> <li> <a href="#a">A</a> </li> </ul>',
    );
  });

  it('leaves attribute values as they are, a `>` in one included', () => {
    const tag = '<button data-copy="Two  spaces > one" title=\'a  b\'>';
    expect(withOneSpace(`${tag}  Copy  </button>`)).toBe(`${tag} Copy </button>`);
  });

  it('leaves the text of <pre>, <textarea>, scripts and styles as it is', () => {
    const kept = '<pre>a  b</pre><textarea>c  d</textarea><script>e  =  1</script><style>f  {}</style>';
    expect(withOneSpace(`x  y${kept}z  w`)).toBe(`x y${kept}z w`);
  });

  it('leaves line breaks and no-break spaces alone', () => {
    expect(withOneSpace('<p>a\n\nb\u00a0\u00a0c</p>')).toBe('<p>a\n\nb\u00a0\u00a0c</p>');
  });
});
