import { describe, expect, test } from 'vitest';
import { declinesComment, ratingOf } from '../../src/dialog/satisfactionWords.ts';

describe('ratingOf', () => {
  test.each([
    // As a customer answers the question, in three languages.
    ['5', 5],
    ['1', 1],
    [' 4 ', 4],
    ['4/5', 4],
    ['3 out of 5', 3],
    ['five stars', 5],
    ['Five stars!', 5],
    ['1 star', 1],
    ['two stars', 2],
    ['⭐⭐⭐⭐⭐', 5],
    ['⭐️⭐️⭐️', 3],
    ['★★', 2],
    ['excellent', 5],
    ['Great!', 5],
    ['good', 4],
    ['meh', 3],
    ['ok', 3],
    ['not good', 2],
    ['terrible', 1],
    ['非常满意', 5],
    ['很满意！', 5],
    ['满意', 4],
    ['一般', 3],
    ['不满意', 2],
    ['非常不满意', 1],
    ['五星', 5],
    ['两星', 2],
    ['5分', 5],
    ['三颗星', 3],
    ['muy bien', 5],
    ['¡Muy bien!', 5],
    ['bien', 4],
    ['regular', 3],
    ['mal', 2],
    ['fatal', 1],
    ['cinco estrellas', 5],
    ['una estrella', 1],
    ['4 de 5', 4],
  ])('should read %j as %i', (text, rating) => {
    expect(ratingOf(text)).toBe(rating);
  });

  test.each([
    ['0'],
    ['6'],
    ['10'],
    ['5 stars but the wait was far too long and nobody told me why'],
    ['where is my parcel to Toronto?'],
    ['1Z5W8A3K6500001029'],
    ['good stars'],
    ['gracias'],
    ['thanks'],
    ['谢谢'],
    [''],
    ['⭐⭐⭐⭐⭐⭐'],
  ])('should read no rating in %j', (text) => {
    expect(ratingOf(text)).toBeNull();
  });
});

describe('declinesComment', () => {
  test.each([
    ['No comment', true],
    ['no thanks', true],
    ['nope', true],
    ['不用了', true],
    ['没有', true],
    ['Sin comentarios', true],
    ['no, gracias', true],
    ['Ana was great', false],
    ['小王很耐心', false],
    ['no me gustó la espera', false],
  ])('should read %j as declining: %s', (text, declines) => {
    expect(declinesComment(text)).toBe(declines);
  });
});
