import { describe, expect, it } from 'vitest';
import { findCreditInCaption } from '../../../../core/photo/caption-credit';

describe('findCreditInCaption', () => {
  it.each([
    [
      'Protesters gather in Kyiv on January 23, 2017. (AFP/Kiril Kudryatsev)',
      'Protesters gather in Kyiv on January 23, 2017.',
      'AFP/Kiril Kudryatsev',
    ],
    [
      'Flooded streets in Dhaka... Photo: Jane Doe/Reuters',
      'Flooded streets in Dhaka...',
      'Jane Doe/Reuters',
    ],
    ['The mayor speaks (Photo by John Roe)', 'The mayor speaks', 'John Roe'],
    ['The mayor speaks. [Picture: Staff]', 'The mayor speaks.', 'Staff'],
    ['Fans celebrate in Paris. (Reuters)', 'Fans celebrate in Paris.', 'Reuters'],
    ['The president waves. (AP Photo/Evan Vucci)', 'The president waves.', 'AP Photo/Evan Vucci'],
    ['Fans celebrate. Photo by Ann Lee for The Times', 'Fans celebrate.', 'Ann Lee for The Times'],
    [
      'Putin in Moscow on Jan. 23, 2017. / AFP PHOTO / Kirill KUDRYAVTSEV',
      'Putin in Moscow on Jan. 23, 2017.',
      'AFP/Kirill KUDRYAVTSEV',
    ],
    ['Zürich am Abend. (Foto: Jürg Müller/Keystone)', 'Zürich am Abend.', 'Jürg Müller/Keystone'],
  ])('moves the credit out of %j', (input, caption, credit) => {
    expect(findCreditInCaption(input)).toEqual({ caption, credit });
  });

  it.each([
    'Children play in the park (left) near the river.',
    'The minister (right) with the mayor (left)',
    'Results of the 2017 vote (preliminary)',
    'A photo of the river at dawn',
    '(AFP/Kiril Kudryatsev)',
    'Half/half measures at the summit',
    'Sales rose again last year (see chart/table)',
    'The 2017/2018 season ended early (2017/2018)',
    '',
  ])('leaves %j alone', (caption) => {
    expect(findCreditInCaption(caption)).toBeNull();
  });
});
