/** The pages' only stylesheet, served as a file: the CSP forbids inline styles without a nonce. */
export const ACCOUNT_CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1d2733;background:#eef1f5}
main{max-width:32rem;margin:0 auto;padding:1.25rem 1rem 2rem}
.card{background:#fff;border-radius:.75rem;padding:1.25rem;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:1.35rem;line-height:1.3;margin:0 0 .75rem}
h2{font-size:1.05rem;margin:1.25rem 0 .25rem}
code{font-size:.9em}
p{margin:.5rem 0}
.muted{color:#5b6675;font-size:.9rem}
label{display:block;margin:1rem 0 .25rem;font-weight:600}
input[type=password]{width:100%;padding:.7rem .75rem;font-size:1rem;border:1px solid #b8c2cf;border-radius:.5rem}
input[type=password]:focus{outline:2px solid #2f6fde;border-color:#2f6fde}
.check{display:flex;gap:.6rem;align-items:flex-start;font-weight:400}
.check input{width:1.25rem;height:1.25rem;margin-top:.15rem;flex:none}
ul.rules{margin:.5rem 0 0;padding-left:1.2rem;color:#5b6675;font-size:.9rem}
button{width:100%;margin-top:1.25rem;padding:.8rem;font-size:1rem;font-weight:600;color:#fff;background:#2f6fde;border:0;border-radius:.5rem}
.error{margin:1rem 0 0;padding:.75rem;border-radius:.5rem;background:#fdecec;color:#8a1c1c}
.success{color:#1e6b35}
details{margin-top:.5rem}
details pre{white-space:pre-wrap;max-height:50vh;overflow:auto;font:inherit;font-size:.85rem}
a{color:#2f6fde}
`;
