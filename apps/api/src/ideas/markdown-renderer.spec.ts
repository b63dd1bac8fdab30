import { renderMarkdown } from './markdown-renderer';

describe('rendering an idea description', () => {
  it('renders ordinary Markdown', () => {
    const html = renderMarkdown('# Plan\n\nUse **less** paper:\n\n- print less\n- scan more');
    expect(html).toContain('<h1>Plan</h1>');
    expect(html).toContain('<strong>less</strong>');
    expect(html).toContain('<li>print less</li>');
  });

  it('shows raw HTML as text instead of running it', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> <img src=x onerror="alert(2)">');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('marks every link nofollow and noopener', () => {
    const html = renderMarkdown('See [the guidance](https://www.gov.uk/guidance) or https://example.org');
    expect(html).toContain('<a href="https://www.gov.uk/guidance" rel="nofollow noopener noreferrer">the guidance</a>');
    expect(html).toContain('<a href="https://example.org" rel="nofollow noopener noreferrer">');
  });

  it('drops javascript: and data: links', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=']) {
      for (const source of [`[click](${href})`, `<${href}>`, `[click][1]\n\n[1]: ${href}`]) {
        const html = renderMarkdown(source);
        expect(html).not.toMatch(/href=/i);
      }
    }
  });

  it('does not let an image load from elsewhere', () => {
    expect(renderMarkdown('![pixel](https://tracker.example/p.gif)')).not.toContain('<img');
  });
});
