// Sets cookies the way a pasted tracking snippet would: one undeclared (Meta Pixel), one declared.
document.cookie = '_fbp=fb.1.1700000000000.123456789; path=/';
document.cookie = 'PHPSESSID=abc; path=/';
