#!/usr/bin/perl
# msgfilter's filter for the pseudo-language: reads one translation on
# standard input, writes it «accented and a third longer». Placeholders
# ("{name}") and the digit grouping pass through unchanged, so the code that
# fills them still works.
use strict;
use warnings;
use utf8;
binmode(STDIN, ':encoding(UTF-8)');
binmode(STDOUT, ':encoding(UTF-8)');

local $/;
my $text = <STDIN>;
$text = '' unless defined $text;
if ($text eq '' || $text eq ',') { print $text; exit 0; }

my %accent = (a => 'á', e => 'é', i => 'í', o => 'ö', u => 'ü', A => 'Å', E => 'É', I => 'Î', O => 'Ö', U => 'Ü',
              c => 'ç', n => 'ñ', s => 'š', y => 'ý');
my $out = '';
my $letters = 0;
for my $part (split /(\{[^}]*\})/, $text) {
    if ($part =~ /^\{[^}]*\}$/) { $out .= $part; next; }
    $letters += () = $part =~ /[A-Za-z]/g;
    $part =~ s/([aeiouAEIOUcnsy])/$accent{$1}/g;
    $out .= $part;
}
my $pad = int(($letters + 2) / 3);
print '«' . $out . ('~' x $pad) . '»';
