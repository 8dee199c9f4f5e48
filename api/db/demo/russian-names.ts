import type { Random } from './random.js';

export type Gender = 'male' | 'female';

export interface Person {
  surname: string;
  firstName: string;
  patronymic: string;
  gender: Gender;
  /** «Кузнецов Андрей Петрович». */
  fullName: string;
}

export function words(list: string): readonly string[] {
  return list.trim().split(/\s+/);
}

/** Surnames in the masculine form; the feminine one is derived (Кузнецов → Кузнецова, Вишневский → Вишневская). */
const SURNAMES = words(`
  Кузнецов Смирнов Иванов Попов Соколов Лебедев Козлов Новиков Морозов Петров Волков Соловьёв Васильев Зайцев Павлов
  Семёнов Голубев Виноградов Богданов Воробьёв Фёдоров Михайлов Беляев Тарасов Белов Комаров Орлов Киселёв Макаров
  Андреев Ковалёв Ильин Гусев Титов Кузьмин Кудрявцев Баранов Куликов Алексеев Степанов Яковлев Сорокин Сергеев
  Романов Захаров Борисов Королёв Герасимов Пономарёв Григорьев Лазарев Медведев Ершов Никитин Соболев Рябов Поляков
  Цветков Данилов Жуков Фролов Журавлёв Николаев Крылов Максимов Сидоров Осипов Белоусов Федотов Егоров Матвеев
  Бобров Дмитриев Калинин Антонов Тимофеев Никифоров Веселов Филиппов Марков Миронов Александров Коновалов Шестаков
  Казаков Ефимов Денисов Громов Фомин Давыдов Мельников Щербаков Колесников Карпов Афанасьев Власов Маслов Тихонов
  Гаврилов Родионов Котов Горбунов Быков Зуев Третьяков Савельев Рыбаков Суворов Абрамов Воронов Архипов Трофимов
  Мартынов Емельянов Чернов Овчинников Селезнёв Назаров Лобанов Потапов Некрасов Жданов Наумов Воронцов Ермаков
  Дроздов Игнатьев Логинов Сафонов Кириллов Моисеев Елисеев Ефремов Исаев Калашников Прохоров Нестеров Харитонов
  Ларионов Зимин Филатов Кондратьев Субботин Вишневский Покровский Савицкий Высоцкий Ковальчук Шевченко Бондаренко
  Черных Седых
`);

const MALE_NAMES = words(`
  Александр Алексей Андрей Антон Артём Борис Вадим Валерий Василий Виктор Владимир Владислав Вячеслав Геннадий
  Григорий Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Максим Михаил Никита Николай Олег Павел
  Роман Руслан Сергей Станислав Степан Тимур Фёдор Юрий Ярослав
`);

const FEMALE_NAMES = words(`
  Александра Алина Анастасия Анна Валентина Валерия Вера Виктория Галина Дарья Евгения Екатерина Елена Ирина Карина
  Кристина Ксения Лариса Любовь Людмила Марина Мария Надежда Наталья Нина Оксана Ольга Полина Светлана Софья Татьяна
  Юлия
`);

/** Patronymics as pairs: the masculine form, then the feminine one. */
const PATRONYMICS: readonly (readonly [string, string])[] = words(`
  Александрович:Александровна Алексеевич:Алексеевна Анатольевич:Анатольевна Андреевич:Андреевна Борисович:Борисовна
  Вадимович:Вадимовна Валентинович:Валентиновна Валерьевич:Валерьевна Васильевич:Васильевна Викторович:Викторовна
  Владимирович:Владимировна Геннадьевич:Геннадьевна Георгиевич:Георгиевна Григорьевич:Григорьевна
  Дмитриевич:Дмитриевна Евгеньевич:Евгеньевна Иванович:Ивановна Игоревич:Игоревна Ильич:Ильинична
  Константинович:Константиновна Леонидович:Леонидовна Михайлович:Михайловна Николаевич:Николаевна Олегович:Олеговна
  Павлович:Павловна Петрович:Петровна Романович:Романовна Сергеевич:Сергеевна Степанович:Степановна Юрьевич:Юрьевна
  Фёдорович:Фёдоровна Кириллович:Кирилловна
`).map((pair) => pair.split(':') as [string, string]);

function feminineSurname(surname: string): string {
  if (/(ск|цк)ий$/.test(surname)) return `${surname.slice(0, -2)}ая`;
  if (/(ов|ев|ёв|ин|ын)$/.test(surname)) return `${surname}а`;
  return surname;
}

export function createPerson(surname: string, firstName: string, patronymic: string, gender: Gender): Person {
  return { surname, firstName, patronymic, gender, fullName: `${surname} ${firstName} ${patronymic}` };
}

/** A person with a name, patronymic and surname agreeing in gender; `maleShare` is the chance of a man. */
export function randomPerson(random: Random, maleShare = 0.5): Person {
  const gender: Gender = random.chance(maleShare) ? 'male' : 'female';
  const male = gender === 'male';
  const surname = random.pick(SURNAMES);
  const [malePatronymic, femalePatronymic] = random.pick(PATRONYMICS);
  return createPerson(
    male ? surname : feminineSurname(surname),
    random.pick(male ? MALE_NAMES : FEMALE_NAMES),
    male ? malePatronymic : femalePatronymic,
    gender,
  );
}

/** «А. П. Кузнецов», as a letter is signed. */
export function signatureName(person: Person): string {
  return `${person.firstName.charAt(0)}. ${person.patronymic.charAt(0)}. ${person.surname}`;
}

/** «Уважаемый Андрей Петрович!» / «Уважаемая Елена Викторовна!». */
export function salutation(person: Person): string {
  return `${person.gender === 'male' ? 'Уважаемый' : 'Уважаемая'} ${person.firstName} ${person.patronymic}!`;
}
