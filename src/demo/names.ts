import { pick } from './render/random.js';
import type { Random } from './render/types.js';

export type NameRegion = 'latin' | 'arabic' | 'cyrillic' | 'east-asian' | 'african' | 'south-asian';

interface NamePool {
  given: readonly string[];
  family: readonly string[];
  /** East Asian names put the family name first. */
  familyFirst: boolean;
}

/** Common given and family names, combined at random so no real person is described. */
const POOLS: Record<NameRegion, NamePool> = {
  latin: {
    given: ['María', 'José', 'Ana', 'Carlos', 'Lucía', 'Juan', 'Sofía', 'Diego', 'Camila', 'Luis', 'Valentina', 'Pedro',
      'Isabel', 'Jorge', 'Elena', 'Marco', 'Claire', 'Pierre', 'Julia', 'Thomas', 'Anna', 'Paulo', 'Marta', 'Andrés'],
    family: ['García', 'Rodríguez', 'Martínez', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Torres', 'Flores',
      'Rivera', 'Gómez', 'Díaz', 'Moreno', 'Silva', 'Santos', 'Ferreira', 'Rossi', 'Dubois', 'Martin', 'Bernard', 'Castro'],
    familyFirst: false,
  },
  arabic: {
    given: ['Ahmed', 'Fatima', 'Mohamed', 'Aisha', 'Omar', 'Layla', 'Youssef', 'Mariam', 'Khaled', 'Nour', 'Hassan', 'Salma',
      'Ali', 'Huda', 'Karim', 'Rania', 'Tariq', 'Amal', 'Samir', 'Yasmin', 'Ibrahim', 'Zainab'],
    family: ['Al-Hassan', 'Haddad', 'Mansour', 'Khalil', 'Nasser', 'Saleh', 'Al-Amin', 'Farouk', 'Hamdan', 'Aziz', 'Rahman',
      'Suleiman', 'Darwish', 'Qasim', 'Othman', 'Youssef', 'Al-Masri', 'Abdallah', 'Jaber', 'Bakr'],
    familyFirst: false,
  },
  cyrillic: {
    given: ['Aleksandr', 'Olga', 'Dmitry', 'Natalia', 'Sergei', 'Irina', 'Andrei', 'Elena', 'Mikhail', 'Tatiana', 'Ivan',
      'Svetlana', 'Pavel', 'Yulia', 'Nikolai', 'Anastasia', 'Viktor', 'Maria', 'Oleg', 'Ekaterina', 'Aliaksei', 'Daria'],
    family: ['Ivanov', 'Petrova', 'Smirnov', 'Kuznetsova', 'Popov', 'Volkova', 'Sokolov', 'Morozova', 'Novikov', 'Fedorova',
      'Lebedev', 'Kozlova', 'Pavlov', 'Orlova', 'Vasilenko', 'Kovalenko', 'Bondarenko', 'Tkachuk', 'Karimov', 'Nurlanova'],
    familyFirst: false,
  },
  'east-asian': {
    given: ['Wei', 'Fang', 'Min-jun', 'Seo-yeon', 'Jian', 'Mei', 'Ji-ho', 'Hye-jin', 'Lei', 'Xiu', 'Sung-min', 'Eun-ji',
      'Hao', 'Ling', 'Tuan', 'Lan', 'Kyaw', 'Thida', 'Chen', 'Yan'],
    family: ['Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Nguyen', 'Tran', 'Pham', 'Huang',
      'Zhao', 'Wu', 'Zhou', 'Han', 'Kang', 'Yoon'],
    familyFirst: true,
  },
  african: {
    given: ['Amina', 'Kwame', 'Chidi', 'Ngozi', 'Abdou', 'Fatou', 'Tendai', 'Thandiwe', 'Moussa', 'Aïssatou', 'Kofi',
      'Wanjiru', 'Emeka', 'Nia', 'Jean-Pierre', 'Grace', 'Sipho', 'Zawadi', 'Ousmane', 'Esther', 'Yaw', 'Halima'],
    family: ['Okafor', 'Mensah', 'Diallo', 'Traoré', 'Kamau', 'Ndlovu', 'Mwangi', 'Banda', 'Osei', 'Keita', 'Nkurunziza',
      'Mutua', 'Sow', 'Adeyemi', 'Moyo', 'Kabila', 'Otieno', 'Ba', 'Tshabalala', 'Habimana'],
    familyFirst: false,
  },
  'south-asian': {
    given: ['Priya', 'Rahul', 'Ayesha', 'Imran', 'Sunita', 'Arjun', 'Fatima', 'Vikram', 'Nasreen', 'Ravi', 'Meena', 'Farhan',
      'Lakshmi', 'Sanjay', 'Shabana', 'Anil', 'Rukhsana', 'Deepak', 'Kamala', 'Bilal'],
    family: ['Sharma', 'Khan', 'Patel', 'Hossain', 'Singh', 'Rahman', 'Perera', 'Iyer', 'Chowdhury', 'Gupta', 'Ahmed',
      'Fernando', 'Reddy', 'Malik', 'Das', 'Shrestha', 'Qureshi', 'Nair', 'Bhatt', 'Siddiqui'],
    familyFirst: false,
  },
};

export function syntheticPersonName(random: Random, region: NameRegion): string {
  const pool = POOLS[region];
  const given = pick(random, pool.given);
  const family = pick(random, pool.family);
  return pool.familyFirst ? `${family} ${given}` : `${given} ${family}`;
}

const REGION_CODES: Record<Exclude<NameRegion, 'latin'>, readonly string[]> = {
  arabic: ['DZA', 'BHR', 'COM', 'DJI', 'EGY', 'IRQ', 'JOR', 'KWT', 'LBN', 'LBY', 'MRT', 'MAR', 'OMN', 'PSE', 'QAT', 'SAU',
    'SOM', 'SDN', 'SYR', 'TUN', 'ARE', 'YEM', 'IRN', 'TUR', 'AFG', 'ESH'],
  cyrillic: ['RUS', 'BLR', 'UKR', 'KAZ', 'KGZ', 'TJK', 'UZB', 'TKM', 'AZE', 'ARM', 'GEO', 'MDA', 'MNG', 'SRB', 'BGR', 'MKD'],
  'east-asian': ['CHN', 'PRK', 'KOR', 'JPN', 'VNM', 'LAO', 'KHM', 'MMR', 'THA', 'TWN', 'HKG', 'MAC', 'SGP'],
  african: ['AGO', 'BEN', 'BWA', 'BFA', 'BDI', 'CMR', 'CPV', 'CAF', 'TCD', 'COG', 'COD', 'CIV', 'GNQ', 'ERI', 'SWZ', 'ETH',
    'GAB', 'GMB', 'GHA', 'GIN', 'GNB', 'KEN', 'LSO', 'LBR', 'MDG', 'MWI', 'MLI', 'MOZ', 'NAM', 'NER', 'NGA', 'RWA', 'STP',
    'SEN', 'SLE', 'ZAF', 'SSD', 'TZA', 'TGO', 'UGA', 'ZMB', 'ZWE'],
  'south-asian': ['IND', 'PAK', 'BGD', 'LKA', 'NPL', 'BTN', 'MDV'],
};

/** A coarse guess at the naming tradition of a country; 'latin' for everything else. */
export function regionForCountry(code: string): NameRegion {
  for (const [region, codes] of Object.entries(REGION_CODES) as [NameRegion, readonly string[]][]) {
    if (codes.includes(code)) return region;
  }
  return 'latin';
}
